// Where Firefox differs, its own path, from the UA that Debian's firefox-esr really sends (the
// Firefox suite in tests/firefox drives the same build in that browser): it is a current browser,
// and a camera fix never offers a chrome:// settings link Firefox cannot open.
import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/browser/assess';
import { browserRepairActions, settingsScheme } from '../../../src/checks/repair';

const FIREFOX_ESR_153 = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:160.0) Gecko/160.0 Firefox/160.0';
const TODAY = new Date('2026-11-30T12:00:00Z');

describe('Firefox paths', () => {
  it('firefox-esr 153 as the suite runs it: a current, supported browser', () => {
    const result = assessBrowser({ userAgent: FIREFOX_ESR_153 }, TODAY);
    expect(result).toMatchObject({ family: 'firefox', status: 'pass', behind: 0, os: { name: 'Linux' } });
  });

  it('camera fixes in Firefox are steps, never a Chrome settings URL', () => {
    const { family, os, device } = assessBrowser({ userAgent: FIREFOX_ESR_153 }, TODAY);
    const context = { family, os: os.name, device };
    expect(settingsScheme(context)).toBeUndefined();
    const actions = browserRepairActions(context);
    expect(actions.map((action) => action.kind)).toEqual(['steps']);
    expect(JSON.stringify(actions)).not.toMatch(/chrome:|edge:|brave:/);
    expect(actions[0]).toMatchObject({ title: { key: 'checks.steps.firefox.title' } });
  });

  it('Firefox on Android gets Android\'s site steps', () => {
    const { family, os, device } = assessBrowser({ userAgent: FIREFOX_ANDROID }, TODAY);
    const actions = browserRepairActions({ family, os: os.name, device });
    expect(actions[0]).toMatchObject({ kind: 'steps', title: { key: 'checks.steps.androidSite.title' } });
  });
});
