import { useI18n } from '../../i18n/context';
import { guideUrl } from '../../guide/links';

/** "How to fix this" link into the guide at one scenario, for a check's fix in any report view. */
export function GuideLink({ scenario }: { scenario: number }) {
  const { t } = useI18n();
  return (
    <a href={guideUrl(scenario)} target="_blank" rel="noopener" class="guide-link" data-scenario={scenario}>
      {t('ui.guideLink', { n: scenario })}
      <span class="visually-hidden"> {t('ui.newTab')}</span>
    </a>
  );
}
