import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { exportFileName, exportReport, reportToMarkdown } from '../../report/export';
import type { Report } from '../../report/types';
import { Button } from '../components/Button';
import { downloadText } from '../../util/download';

/** "Export report" as Markdown or JSON, for a support ticket or the manual-review channel. */
export function ExportReport({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const save = (kind: 'md' | 'json') => {
    const exported = exportReport(report, t, browser.runtime.getManifest().version);
    const fileName = exportFileName(exported, kind);
    if (kind === 'md') downloadText(fileName, reportToMarkdown(exported, t, locale), 'text/markdown');
    else downloadText(fileName, JSON.stringify(exported, null, 2), 'application/json');
    setSaved(fileName);
  };
  return (
    <div class="report-export" role="group" aria-labelledby="report-export-title">
      <h3 id="report-export-title">{t('export.title')}</h3>
      <p class="muted">{t('export.hint')}</p>
      <div class="report-export-buttons">
        <Button data-testid="export-markdown" onClick={() => save('md')}>
          {t('export.markdown')}
        </Button>
        <Button data-testid="export-json" onClick={() => save('json')}>
          {t('export.json')}
        </Button>
      </div>
      <p role="status" class="muted">{saved ? t('export.saved', { file: saved }) : ''}</p>
    </div>
  );
}
