// Controls that more than one page of the extension shows (the same component, the same data-testid): one home each,
// so PopupPage, GuidePage, BinancePage, PreflightPage and ReviewKitPage all find them the same way.
import type { Locator, Page } from '@playwright/test';

type Scope = Page | Locator;

/** The link or button that opens the manual-review kit (popup, guide, the binance.com card). */
export const reviewKitLink = (scope: Scope): Locator => scope.getByTestId('open-review-kit');

/** The pre-flight checklist (the popup's and the guide's). */
export const checklist = (scope: Scope): Locator => scope.getByTestId('checklist');

/** "Export report" as JSON / Markdown (the pre-flight page's report, the review kit). */
export const exportJsonButton = (scope: Scope): Locator => scope.getByTestId('export-json');
export const exportMarkdownButton = (scope: Scope): Locator => scope.getByTestId('export-markdown');
