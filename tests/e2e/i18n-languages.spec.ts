// Arabic (right-to-left), Russian (one/few/many plurals) and German (long words) in the real
// extension: the popup within Chrome's 600 px and without sideways scroll at 300 and 360 px, the
// report after a whole run, and the card beside FaceTec's prompt on binance.com, each with lang and
// dir; screenshots of each in docs/screenshots/. Then a browser whose own UI is Russian gets Russian
// with the setting on "auto".
import { expect, test } from './support/fixtures';
import { useBinanceSession } from './support/binance-session';
import { launchExtension } from './support/extension';
import { setLocale } from './support/helpers';
import { BinancePage, cardStrings } from './support/pages/binance-page';
import { PopupPage } from './support/pages/popup-page';
import { PreflightPage } from './support/pages/preflight-page';
import { auditText } from './support/text-audit';
import { resolve } from 'node:path';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const LANGUAGES = [
  { code: 'ar', dir: 'rtl', attempts: 'محاولات', run: 'ابدأ الفحص المسبق' },
  { code: 'ru', dir: 'ltr', attempts: 'попыток', run: 'Запустить проверку' },
  { code: 'de', dir: 'ltr', attempts: 'Versuch', run: 'Vorabprüfung starten' },
] as const;

test.describe.configure({ mode: 'serial' });

for (const language of LANGUAGES) {
  test(`${language.code}: the popup fits 600 px, no sideways scroll at 300 or 360 px, lang and dir set`, async ({ extension, openPage }) => {
    await setLocale(await extension.serviceWorker(), language.code);
    try {
      const popup = new PopupPage(await openPage('popup.html'));
      await expect(popup.page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(popup.page.locator('html')).toHaveAttribute('dir', language.dir);
      await expect(popup.runPreflight).toHaveText(language.run);
      for (const width of [300, 360]) {
        await popup.page.setViewportSize({ width, height: 600 });
        const audit = await auditText(popup.page, [/./u]);
        expect(audit.sideways, `${width} px`).toBeLessThanOrEqual(0);
        expect(audit.clipped, `${width} px`).toEqual([]);
        if (width === 360) {
          await popup.page.screenshot({ path: `${SHOTS}/popup-${language.code}.png`, fullPage: true });
          expect(await popup.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
        }
      }
      if (language.dir === 'rtl') {
        // Mirrored: the heading starts at the right edge of the page.
        const box = (await popup.heading.boundingBox())!;
        expect(box.x + box.width).toBeGreaterThan(360 - 40);
      }
    } finally {
      await setLocale(await extension.serviceWorker(), 'en');
    }
  });

  test(`${language.code}: the report after a whole run reads in the language, nothing clipped`, async ({ extension }) => {
    await setLocale(await extension.serviceWorker(), language.code);
    const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html'));
    try {
      await expect(preflight.page.locator('html')).toHaveAttribute('dir', language.dir);
      await preflight.page.setViewportSize({ width: 900, height: 1400 });
      await preflight.run(60_000);
      const audit = await auditText(preflight.page, [/./u]);
      expect(audit.clipped).toEqual([]);
      expect(audit.sideways).toBeLessThanOrEqual(0);
      await preflight.page.screenshot({ path: `${SHOTS}/report-${language.code}.png` });
    } finally {
      await preflight.page.close();
      await setLocale(await extension.serviceWorker(), 'en');
    }
  });
}

test.describe('the card on binance.com', () => {
  const session = useBinanceSession();
  for (const language of LANGUAGES) {
    test(`${language.code}: the card carries lang and dir and explains the prompt in the language`, async () => {
      await setLocale(await session.extension.serviceWorker(), language.code);
      const page = await session.extension.context.newPage();
      try {
        await page.goto(session.server.url('/en/my/settings/profile'));
        const ui = new BinancePage(page);
        await expect(ui.button).toBeVisible();
        await page.evaluate(`fixture.show('retry')`);
        await expect(ui.card).toHaveAttribute('lang', language.code);
        await expect(ui.card).toHaveAttribute('dir', language.dir);
        await expect(ui.card).toContainText(cardStrings(language.code)['fix.retry-screen']!);
        await expect(ui.cardParts.attemptsLeft).toContainText(language.attempts);
        await page.screenshot({ path: `${SHOTS}/card-${language.code}.png` });
      } finally {
        await page.close();
        await setLocale(await session.extension.serviceWorker(), 'en');
      }
    });
  }
});

test('a browser whose own language is Russian gets Russian, with the setting on "auto"', async () => {
  const russian = await launchExtension({ clip: null, uiLanguage: 'ru' });
  try {
    const worker = await russian.serviceWorker();
    await setLocale(worker, 'auto');
    expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ru/);
    const page = await russian.context.newPage();
    await page.goto(russian.url('guide.html'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveTitle('Справка по верификации лица · KYC Preflight');
  } finally {
    await russian.context.close();
  }
});
