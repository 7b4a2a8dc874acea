// The guide page (guide.html): its search, its scenario sections (#scenario-N, data-scenario), the named sections
// (#faq, #funds, #manual-review…), the contents links and the footer, in one place.
import type { Locator, Page } from '@playwright/test';
import { checklist, reviewKitLink } from './shared';

export class GuidePage {
  readonly heading: Locator;
  /** The search box, by its test id (searchbox(name) finds it by its accessible name). */
  readonly search: Locator;
  /** The live "N matching sections" line. */
  readonly results: Locator;
  readonly footer: Locator;
  readonly checklist: Locator;
  readonly skipLink: Locator;
  /** The first contents link still shown (after a search). */
  readonly firstContentsLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByTestId('guide-search');
    this.results = page.getByTestId('guide-results');
    this.footer = page.getByTestId('guide-footer');
    this.checklist = checklist(page);
    this.skipLink = page.locator('.skip-link');
    this.firstContentsLink = page.locator('.guide-toc a:visible').first();
  }

  /** The search box by its accessible name, as a screen reader announces it. */
  searchbox(name: string): Locator {
    return this.page.getByRole('searchbox', { name });
  }

  /** A section by its anchor: 'faq', 'funds', 'manual-review', 'ways-forward', 'how-it-decides'. */
  section(id: string): Locator {
    return this.page.locator(`#${id}`);
  }

  /** Scenario N's section (#scenario-N). */
  scenario(n: number): Locator {
    return this.section(`scenario-${n}`);
  }

  /** Scenario N's title. */
  scenarioTitle(n: number): Locator {
    return this.scenario(n).locator('h3');
  }

  /** Scenario N's "share of failures" label. */
  scenarioShare(n: number): Locator {
    return this.scenario(n).getByTestId('scenario-share');
  }

  /** The manual-review section's link to the kit. */
  get reviewKitLink(): Locator {
    return reviewKitLink(this.section('manual-review'));
  }

  /** The scenario numbers shown (a search hides the others), in page order. */
  visibleScenarios(): Promise<(string | null)[]> {
    return this.page.locator('section[data-scenario]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario')));
  }

  /** Each scenario's share of failures (data-share), in page order. */
  shares(): Promise<number[]> {
    return this.page.locator('section[data-scenario]').getByTestId('scenario-share').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-share'))));
  }
}
