// intl-messageformat formats the plural messages. It is some 40 KB of parser that a page needs only
// once its strings are in, so a page fetches it beside its language (load.ts) rather than in the
// code it evaluates before its first render; the background and the content script, which format
// plurals from their first message, install it eagerly (icu-eager.ts).
import type { IntlMessageFormat } from 'intl-messageformat';

export type IcuFormat = typeof IntlMessageFormat;

let installed: IcuFormat | undefined;

export function installIcu(format: IcuFormat): void {
  installed = format;
}

/** undefined until installed: load.ts installs it with every language, so a page never renders before it. */
export function installedIcu(): IcuFormat | undefined {
  return installed;
}
