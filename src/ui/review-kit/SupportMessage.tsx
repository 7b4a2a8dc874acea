// The message to paste into support chat, in the reader's language and in English (support may not
// read the first), each with a copy button. Copying is local: the clipboard, no request.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { createTranslator } from '../../i18n/translate';
import { FACT_PARAMS } from '../../figures/facts';
import { Button } from '../components/Button';

const english = createTranslator('en', FACT_PARAMS);

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function MessageBox({ id, label, text, button, testId }: { id: string; label: string; text: string; button: string; testId: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState('');
  return (
    <div class="kit-message">
      <label for={id}>{label}</label>
      <textarea id={id} readOnly rows={6} value={text} data-testid={`${testId}-text`} />
      <Button onClick={() => void copy(text).then((ok) => setResult(t(ok ? 'reviewKit.chat.copied' : 'reviewKit.chat.copyFailed')))} data-testid={testId}>
        {button}
      </Button>
      <span role="status" class="muted">{result}</span>
    </div>
  );
}

export function SupportMessage() {
  const { t, locale } = useI18n();
  return (
    <section class="kit-section" aria-labelledby="kit-chat-title" data-testid="kit-chat">
      <h2 id="kit-chat-title">{t('reviewKit.chat.title')}</h2>
      <p>{t('reviewKit.chat.where')}</p>
      {locale !== 'en' && (
        <MessageBox id="kit-message-local" label={t('reviewKit.chat.yours')} text={t('reviewKit.chat.message')} button={t('reviewKit.chat.copy')} testId="kit-copy-local" />
      )}
      <MessageBox
        id="kit-message-en"
        label={locale === 'en' ? t('reviewKit.chat.yours') : t('reviewKit.chat.english')}
        text={english('reviewKit.chat.message')}
        button={locale === 'en' ? t('reviewKit.chat.copy') : t('reviewKit.chat.copyEnglish')}
        testId="kit-copy-en"
      />
      <p data-testid="kit-review-time">{t('reviewKit.time')}</p>
    </section>
  );
}
