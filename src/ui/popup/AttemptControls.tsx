import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import type { AttemptStatus } from '../../lockout/types';
import { sendMessage } from '../../messaging/protocol';
import { Button } from '../components/Button';
import { withTimeout } from '../../util/timeout';
import { BACKGROUND_TIMEOUT_MS } from './load';

/** Log a failed attempt the content script did not see, or undo a wrong one (the background decides). */
export function AttemptControls({ attempts, onChange }: { attempts: AttemptStatus; onChange: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const act = async (type: 'bg:log-attempt' | 'bg:undo-attempt') => {
    setBusy(true);
    try {
      await withTimeout(sendMessage(type, undefined), BACKGROUND_TIMEOUT_MS * 2);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
      onChange();
    }
  };

  return (
    <details class="attempt-controls">
      <summary>{t('popup.correctCount')}</summary>
      <p class="muted" id="attempt-help">{t('popup.attemptHelp')}</p>
      <div class="attempt-buttons">
        <Button
          data-testid="log-attempt"
          aria-describedby="attempt-help"
          disabled={busy || attempts.locked}
          onClick={() => void act('bg:log-attempt')}
        >
          {t('popup.logAttempt')}
        </Button>
        {attempts.used > 0 && (
          <Button data-testid="undo-attempt" disabled={busy} onClick={() => void act('bg:undo-attempt')}>
            {t('popup.undoAttempt')}
          </Button>
        )}
      </div>
      {failed && <p role="alert">{t('popup.attemptError')}</p>}
    </details>
  );
}
