// The pseudo-locale (test builds only, ?pseudo): every string accented, 40 % longer and wrapped in
// ⟦ ⟧. Any visible text without the markers bypassed the translator; any clipped control is too tight
// for a longer language. Every extension page is read, the pre-flight after a whole run (its report).
import { expect, test } from './support/fixtures';
import { auditText } from './support/text-audit';
import { PSEUDO_TAG } from '../../src/i18n/pseudo';
import { PreflightPage } from './support/pages/preflight-page';

for (const [name, width] of [['popup.html', 360], ['options.html', 800], ['guide.html', 800], ['review-kit.html', 800]] as const) {
  test(`${name} in the pseudo-locale: no text outside the translator, nothing clipped at ${width} px`, async ({ openPage }) => {
    const page = await openPage(`${name}?pseudo`);
    await page.setViewportSize({ width, height: 700 });
    await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_TAG);
    await expect(page.locator('body')).toContainText('⟦');
    // Folds open, so their contents are read too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((fold) => fold.setAttribute('open', '')));
    const audit = await auditText(page);
    expect(audit.unwrapped).toEqual([]);
    expect(audit.clipped).toEqual([]);
    expect(audit.sideways).toBeLessThanOrEqual(0);
  });
}

test('the audit itself catches text outside the translator and a clipped control (positive control)', async ({ openPage }) => {
  const page = await openPage('options.html?pseudo');
  await expect(page.locator('body')).toContainText('⟦');
  await page.evaluate(() => {
    const text = document.createElement('p');
    text.textContent = 'Left in English';
    const button = document.createElement('button');
    button.textContent = '⟦Ã véŕý ĺóñĝ ĺáƀéĺ ţĥáţ ďóéš ñóţ ƒíţ⟧';
    button.style.cssText = 'width: 40px; overflow: hidden; white-space: nowrap';
    document.body.append(text, button);
  });
  const audit = await auditText(page);
  expect(audit.unwrapped).toEqual(['p: Left in English']);
  expect(audit.clipped).toHaveLength(1);
});

test('the pre-flight page and its report in the pseudo-locale', async ({ extension }) => {
  const preflight = await PreflightPage.open(extension.context, extension.url('preflight.html?pseudo'));
  try {
    await expect(preflight.page.locator('html')).toHaveAttribute('lang', PSEUDO_TAG);
    const before = await auditText(preflight.page);
    expect(before.unwrapped).toEqual([]);
    await preflight.run(60_000);
    await preflight.openFolds();
    const after = await auditText(preflight.page);
    expect(after.unwrapped).toEqual([]);
    expect(after.clipped).toEqual([]);
    expect(after.sideways).toBeLessThanOrEqual(0);
  } finally {
    await preflight.page.close();
  }
});
