import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { sendMessage } from '../../messaging/protocol';
import { backupFileName, downloadJson } from './download';

export function DataSection(props: { onCleared: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');

  const clear = async () => {
    setConfirming(false);
    await sendMessage('bg:clear-history');
    setNotice(t('options.cleared'));
    props.onCleared();
    document.getElementById('clear-history')?.focus();
  };

  const exportAll = async () => {
    try {
      const bundle = await sendMessage('bg:export');
      const file = backupFileName(new Date(bundle.exportedAt));
      downloadJson(file, bundle);
      setNotice(t('options.exported', { file }));
    } catch {
      setNotice(t('options.exportFailed'));
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options.dataHeading')}</h2>
      <p class="muted">{t('options.dataIntro')}</p>
      <div class="actions">
        <button type="button" class="btn" data-testid="export" onClick={exportAll}>{t('options.export')}</button>
        <button
          type="button"
          id="clear-history"
          class="btn"
          data-testid="clear-history"
          aria-expanded={confirming}
          aria-controls="clear-confirm"
          onClick={() => setConfirming(true)}
        >
          {t('options.clearHistory')}
        </button>
      </div>
      {confirming && (
        <div id="clear-confirm" class="card alert" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">{t('options.clearConfirm')}</p>
          <div class="actions">
            <button type="button" class="btn btn-primary" data-testid="clear-confirm" onClick={clear} autoFocus>
              {t('options.clearYes')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>{t('options.clearNo')}</button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" class="notice" data-testid="data-status">{notice}</p>
    </section>
  );
}
