import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from './catalog';
import { createTranslator, type Translate } from './translate';

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: createTranslator('en') });

/** `t` is built by the page (with the guide's figures handed in): i18n itself knows no figures. */
export function I18nProvider(props: { locale: Locale; t: Translate; children: ComponentChildren }) {
  const value = { locale: props.locale, t: props.t };
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
