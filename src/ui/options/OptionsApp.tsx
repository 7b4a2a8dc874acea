import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import type { AttemptStatus } from '../../lockout/types';
import { sendMessage } from '../../messaging/protocol';
import { readSettings, type Settings } from '../../storage/settings';
import { DataSection } from './DataSection';
import { SettingsForm } from './SettingsForm';
import './options.css';

export function OptionsApp() {
  const { t, locale } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [attempts, setAttempts] = useState<AttemptStatus | null>(null);

  const loadAttempts = () => sendMessage('bg:get-attempts').then(setAttempts, () => setAttempts(null));
  useEffect(() => {
    void readSettings().then(setSettings);
    void loadAttempts();
  }, []);

  const onSaved = (saved: Settings) => {
    setSettings(saved);
    void loadAttempts();
    // The language is chosen before the first render (mountPage); a reload applies a new one.
    if (saved.locale !== settings?.locale) location.reload();
  };

  const time = (ms: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      {attempts && (
        <p class="card" data-testid="options-attempts">
          {t('options.status', { used: attempts.used, limit: attempts.limit })}
          {attempts.locked && attempts.unlockAt !== undefined && ` ${t('options.statusLocked', { time: time(attempts.unlockAt) })}`}
        </p>
      )}
      {settings ? <SettingsForm initial={settings} onSaved={onSaved} /> : <p>{t('common.loading')}</p>}
      <DataSection onCleared={loadAttempts} />
      <p class="muted">{t('common.privacyNote')}</p>
      <p class="muted">{t('common.notAffiliated')}</p>
    </main>
  );
}
