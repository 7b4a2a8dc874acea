// The way into the ID match page from the report and the guide: the guide's second reason a check
// fails is a face that does not match the ID photo.
import { useI18n } from '../../i18n/context';
import { extensionPageUrl } from '../../util/page-url';

export function OpenMatchLink() {
  const { t } = useI18n();
  return (
    <p class="open-match">
      <a href={extensionPageUrl('match')} target="_blank" rel="noopener" data-testid="open-match">
        {t('match.openMatch')}
      </a>{' '}
      <span class="muted">{t('match.openMatchHint')}</span>
    </p>
  );
}
