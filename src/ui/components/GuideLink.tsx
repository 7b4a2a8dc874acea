import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { guideUrl } from '../../guide/links';

/** A link into the guide at one scenario, named by its topic ("Guide: Lighting"), never by a number. */
export function GuideLink({ scenario, primary = false }: { scenario: number; primary?: boolean }) {
  const { t } = useI18n();
  return (
    <a
      href={guideUrl(scenario)}
      target="_blank"
      rel="noopener"
      class={primary ? 'guide-link btn btn-primary' : 'guide-link'}
      data-scenario={scenario}
    >
      {t('ui.guideLink', { topic: t(`guide.s${scenario}.title` as MessageKey) })}
      <span class="visually-hidden"> {t('ui.newTab')}</span>
    </a>
  );
}
