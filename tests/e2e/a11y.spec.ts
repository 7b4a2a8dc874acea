// axe-core on every extension page, in light and dark themes and in both languages: no serious
// or critical violation of WCAG 2.1 A/AA. Pages owned by other features are checked here too.
import { launchExtension, type LaunchedExtension } from './support/extension';
import { expect, test } from './support/fixtures';
import { seriousViolations, setLocale } from './support/helpers';
import { PopupPage } from './support/pages/popup-page';
import { PreflightPage } from './support/pages/preflight-page';
import { ReviewKitPage } from './support/pages/review-kit-page';

const PAGES = ['popup.html', 'preflight.html', 'options.html', 'guide.html', 'review-kit.html'];


for (const locale of ['en', 'zh-CN'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${scheme} theme`, () => {
      test.beforeAll(async ({ extension }) => setLocale(await extension.serviceWorker(), locale));
      test.afterAll(async ({ extension }) => setLocale(await extension.serviceWorker(), 'en'));

      for (const name of PAGES) {
        test(`${name}: no serious or critical axe violation`, async ({ extension }) => {
          const page = await extension.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(extension.url(name));
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator('h1')).toBeVisible();
          // Judge the popup once the background's answer is on screen, not its loading state.
          if (name === 'popup.html') await expect(new PopupPage(page).attemptsLeft).toBeVisible();
          expect(await seriousViolations(page)).toEqual([]);
          // Real body size: Chromium's extension-page default (body { font-size: 75% }) is overridden.
          expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(14);
          await page.close();
        });
      }
    });
  }
}

// The finished pre-flight (report, fixes, guide links) is where people spend time: check it too,
// in both languages and themes. The clip is too close (distance fails), so the report has a fix, its guide link
// and the marked snapshot. One run per language: the theme is a media query, so the same finished page is judged
// light, then dark (the language is read at page load, so each language needs its own run).
test.describe('finished pre-flight report', () => {
  let extension: LaunchedExtension;
  test.beforeAll(async () => {
    extension = await launchExtension({ clip: 'frontal-close' });
  });
  test.afterAll(async () => extension?.context.close());

  for (const locale of ['en', 'zh-CN'] as const) {
    test(`preflight.html with a finished report (${locale}, light and dark): no serious or critical axe violation`, async () => {
      test.setTimeout(90_000);
      await setLocale(await extension.serviceWorker(), locale);
      const page = await extension.context.newPage();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(extension.url('preflight.html'));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const preflight = new PreflightPage(page);
      await preflight.run(60_000);
      await expect(preflight.fixRows.first()).toBeVisible();
      await expect(preflight.snapshot).toBeVisible();
      // Folded groups open, so their rows are judged too.
      await preflight.openFolds();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
        expect(await seriousViolations(page), scheme).toEqual([]);
        expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(14);
      }
      await page.close();
    });
  }
});

// The manual-review kit while in use: live camera readings, a photo taken, retake and save controls.
for (const locale of ['en', 'zh-CN'] as const) {
  test(`review-kit.html with the camera on and a photo taken (${locale}): no serious or critical axe violation`, async ({ extension }) => {
    test.setTimeout(90_000);
    const worker = await extension.serviceWorker();
    await setLocale(worker, locale);
    try {
      const page = await extension.context.newPage();
      await page.goto(extension.url('review-kit.html'));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const kit = new ReviewKitPage(page);
      await kit.startCameraButton.click();
      await expect(kit.photo('front')).toBeVisible({ timeout: 60_000 });
      await expect(kit.live).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    } finally {
      await setLocale(worker, 'en');
    }
  });
}
