import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TICK_ALARM, UNLOCK_ALARM } from '../../../src/background/indicators';
import { RejectedMessage } from '../../../src/background/router';
import { browserAssessmentItem } from '../../../src/storage/environment';
import { settingsItem, DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { CONTENT, HOUR, MIN, ORIGIN, setup, T0 } from './harness';

let h: ReturnType<typeof setup>;
beforeEach(() => {
  h = setup();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const failure = (i: number) => ({ ruleId: `face-mismatch-${i}`, kind: 'failed', at: T0, showing: `s-${i}` });

describe('lockout through messages, badge and alarms', () => {
  it('counts content-script failures, locks on the 5th and shows the time left', async () => {
    for (let i = 0; i < 4; i++) await h.send('bg:kyc-event', failure(i), CONTENT);
    expect(await h.send('bg:get-attempts')).toMatchObject({ used: 4, left: 1, locked: false });
    expect((await h.badge()).text).toBe('');
    expect((await h.badge()).title).toContain('1 of 5');

    const status = await h.send('bg:kyc-event', failure(4), CONTENT);
    expect(status).toMatchObject({ locked: true, unlockAt: T0 + 24 * HOUR });
    const badge = await h.badge();
    expect(badge.text).toBe('24h');
    expect(badge.title).toMatch(/Try again after .*2026/);
    expect((await fakeBrowser.alarms.get(UNLOCK_ALARM))?.scheduledTime).toBe(T0 + 24 * HOUR);
    expect((await fakeBrowser.alarms.get(TICK_ALARM))?.periodInMinutes).toBe(1);
  });

  it('counts down in hours, then minutes, and clears with a notification at the unlock time', async () => {
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    h.clock.now = T0 + 22 * HOUR + 30 * MIN;
    await h.bg.refresh();
    expect((await h.badge()).text).toBe('2h');
    h.clock.now = T0 + 23 * HOUR + 15 * MIN;
    await h.bg.refresh();
    expect((await h.badge()).text).toBe('45m');

    h.clock.now = T0 + 24 * HOUR;
    await h.bg.refresh();
    expect((await h.badge()).text).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['kyc-preflight-unlocked']);
    expect(await h.send('bg:get-attempts')).toMatchObject({ locked: false, used: 0, left: 5 });
  });

  it('respects notifications off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: false });
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    h.clock.now = T0 + 25 * HOUR;
    await h.bg.refresh();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('manual log and undo', async () => {
    await h.send('bg:log-attempt');
    await h.send('bg:log-attempt');
    expect(await h.send('bg:undo-attempt')).toMatchObject({ used: 1, left: 4 });
  });

  it('a saved shorter lock applies to a running lock at once', async () => {
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    await h.send('bg:save-settings', { ...DEFAULT_SETTINGS, lockHours: 2 });
    expect((await h.badge()).text).toBe('2h');
    h.clock.now = T0 + 2 * HOUR;
    expect(await h.send('bg:get-attempts')).toMatchObject({ locked: false });
  });

  it('shows a red or amber "!" for a browser that will likely fail, below a lock', async () => {
    const assessment = { status: 'fail', browser: { name: 'IE', version: '11' }, engine: {}, os: {}, device: 'desktop', reasons: [] };
    await browserAssessmentItem.setValue({ at: T0, assessment: assessment as never });
    await h.bg.refresh();
    expect(await h.badge()).toMatchObject({ text: '!', title: expect.stringContaining('IE 11') });
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    expect((await h.badge()).text).toBe('24h');
  });
});

describe('sender and shape checks', () => {
  const disallowed = [
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/popup.html' }],
    ['a page of another extension id but our url', { id: 'other-id', url: `${ORIGIN}popup.html` }],
    ['http binance', { ...CONTENT, url: 'http://www.binance.com/' }],
    ['a look-alike host', { ...CONTENT, url: 'https://binance.com.evil.example/' }],
    ['a suffix host', { ...CONTENT, url: 'https://notbinance.com/' }],
    ['no sender', undefined],
    ['a string', 'chrome-extension://test-extension-id/'],
  ] as const;

  it.each(disallowed)('ignores %s', async (_name, sender) => {
    await expect(h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, sender)).rejects.toBeInstanceOf(RejectedMessage);
    expect(await h.send('bg:get-attempts')).toMatchObject({ locked: false, used: 0 });
    expect(console.warn).toHaveBeenCalled();
  });

  it('keeps page-only messages from content scripts', async () => {
    await expect(h.send('bg:clear-history', undefined, CONTENT)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(h.send('bg:save-settings', DEFAULT_SETTINGS, CONTENT)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(h.send('bg:get-attempts', undefined, CONTENT)).resolves.toMatchObject({ used: 0 });
  });

  it.each([
    ['bg:kyc-event', { ruleId: 'x', kind: 'maybe', at: 1 }],
    ['bg:kyc-event', { ruleId: '<script>', kind: 'failed', at: 1, showing: 's-1' }],
    // A failure is one showing the content script decided on: without its showing id it is refused.
    ['bg:kyc-event', { ruleId: 'retry-screen', kind: 'failed', at: 1 }],
    ['bg:save-settings', { ...DEFAULT_SETTINGS, attemptLimit: 0 }],
    ['bg:return-to-tab', -1],
    ['bg:nope', undefined],
  ])('refuses %s with %j', async (type, data) => {
    await expect(h.send(type, data)).rejects.toBeInstanceOf(RejectedMessage);
  });
});

describe('tabs, reports, export and clearing', () => {
  it('opens the pre-flight remembering the tab, and returns to it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.binance.com/en/my/kyc' });
    await h.send('bg:open-preflight', undefined, { ...CONTENT, tab: { id: tab.id, url: tab.url } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe(`${ORIGIN}preflight.html?returnTab=${tab.id}`);
    expect(await h.send('bg:return-to-tab', tab.id)).toBe(true);
    expect((await fakeBrowser.tabs.get(tab.id!)).active).toBe(true);
    expect(await h.send('bg:return-to-tab', 9999)).toBe(false);
  });

  it('stores a report stripped, exposes it in get-state, exports and clears (keeping the lock)', async () => {
    const report = { id: 'r1', createdAt: T0, verdict: 'ready', source: 'page', checks: [{ id: 'lighting', status: 'pass', summary: { key: 'x' }, measured: { lux: 300 } }] };
    await h.send('bg:save-report', report);
    await h.send('bg:site-camera-permission', { state: 'granted', at: 1 }, CONTENT);
    await h.send('bg:kyc-event', { ruleId: 'too-many', kind: 'lockout', at: T0 }, CONTENT);
    const state = await h.send('bg:get-state');
    expect(state).toMatchObject({
      attempts: { locked: true },
      lastReport: { id: 'r1', checks: [{ id: 'lighting', status: 'pass', measured: { lux: 300 } }] },
      siteCameraPermission: { state: 'granted', at: T0 },
    });
    expect((state as { lastReport: { checks: object[] } }).lastReport.checks[0]).not.toHaveProperty('summary');

    const bundle = await h.send('bg:export');
    expect(JSON.parse(JSON.stringify(bundle))).toMatchObject({
      format: 'kyc-preflight-export',
      settings: DEFAULT_SETTINGS,
      reports: [{ id: 'r1' }],
      lockout: { lock: { at: T0, reason: 'site' } },
    });

    expect(await h.send('bg:clear-history')).toMatchObject({ locked: true });
    expect(await h.send('bg:get-state')).toEqual({ attempts: expect.objectContaining({ locked: true }) });
  });
});
