import { render, type ComponentChildren } from 'preact';
import { I18nProvider } from '../i18n/context';
import { resolveLocale } from '../i18n/translate';
import { settingsItem } from '../storage/settings';

/** Mounts a page's app inside the user's locale; the locale is read before the first render. */
export async function mountPage(app: () => ComponentChildren, titleKey?: string): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  const settings = await settingsItem.getValue().catch(() => null);
  const locale = resolveLocale(settings?.locale ?? 'auto', navigator.languages);
  document.documentElement.lang = locale;
  void titleKey;
  render(<I18nProvider locale={locale}>{app()}</I18nProvider>, root);
}
