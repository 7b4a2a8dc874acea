import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { directionOf, LOCALE_NAMES, LOCALES } from '../../i18n/locales';
import { LIMIT_RANGE, LOCK_HOURS_RANGE } from '../../lockout/policy';
import { sendMessage } from '../../messaging/protocol';
import type { Settings } from '../../storage/settings';
import { parseForm, toForm, type FormErrors, type SettingsForm as Form } from './form';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function SettingsForm(props: { initial: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(toForm(props.initial));
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseForm(form);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setNotice({ kind: 'error', text: t('options.fixErrors') });
      const first = document.getElementById(parsed.errors.attemptLimit ? 'attempt-limit' : 'lock-hours');
      first?.focus();
      return;
    }
    setErrors({});
    try {
      const saved = await sendMessage('bg:save-settings', parsed.settings);
      setNotice({ kind: 'ok', text: t('options.saved') });
      props.onSaved(saved);
    } catch {
      setNotice({ kind: 'error', text: t('options.saveFailed') });
    }
  };

  const numberField = (id: string, name: 'attemptLimit' | 'lockHours', range: { min: number; max: number }) => {
    const error = errors[name];
    const hintKey = name === 'attemptLimit' ? 'options.attemptLimitHint' : 'options.lockHoursHint';
    return (
      <div class="field">
        <label for={id}>{t(name === 'attemptLimit' ? 'options.attemptLimit' : 'options.lockHours')}</label>
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          required
          value={form[name]}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => set({ [name]: (e.currentTarget as HTMLInputElement).value })}
        />
        <small id={`${id}-hint`} class="muted">{t(hintKey, range)}</small>
        {error && <small id={`${id}-error`} class="field-error">{t(error)}</small>}
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading">{t('options.policyHeading')}</h2>
        <p class="muted">{t('options.policyIntro')}</p>
        {numberField('attempt-limit', 'attemptLimit', LIMIT_RANGE)}
        {numberField('lock-hours', 'lockHours', LOCK_HOURS_RANGE)}
        <div class="field field-inline">
          <input
            id="notifications"
            type="checkbox"
            checked={form.notifications}
            onChange={(e) => set({ notifications: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="notifications">{t('options.notifications')}</label>
        </div>
        <div class="field">
          <label for="language">{t('options.language')}</label>
          <select
            id="language"
            value={form.locale}
            onChange={(e) => set({ locale: (e.currentTarget as HTMLSelectElement).value as Form['locale'] })}
          >
            <option value="auto">{t('options.languageAuto')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </div>
      </section>
      <button type="submit" class="btn btn-primary" data-testid="save-settings">{t('options.save')}</button>
      <p role="status" aria-live="polite" class={notice?.kind === 'error' ? 'field-error' : 'notice'} data-testid="settings-status">
        {notice?.text ?? ''}
      </p>
    </form>
  );
}
