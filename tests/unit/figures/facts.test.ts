// Every fact of the troubleshooting guide (../shared/SEED-FACTS.md, copied here as a list so CI needs
// nothing outside the repository) has a home: a message key that exists, is shown where the fact
// helps, and renders in English and Chinese with the guide's figure in it. The figures are the
// guide's own, written out here on purpose: the test also proves src/figures/facts.ts agrees with the
// guide, and that no text spells a figure out instead of naming it.
import { describe, expect, it } from 'vitest';
import { ALL_PROSE, SCENARIOS } from '../../../src/guide/content';
import {
  ANGLE_LIMIT_DEG, BEST_HOURS, BROWSER_MIN, CHECK_SECONDS, CHECKLIST_ITEMS, DATA_CENTRES, DAY_PERIODS, DISTANCE_CM, FACE_MAP_POINTS,
  LIGHT, LOCK_RULE, REFUND_HOURS, REVIEW, ROUTE_SUCCESS, SCENARIO_SHARE, SCORES, UPLOAD, VIP_TIER, WEIGHT_CHANGE_KG,
} from '../../../src/figures/facts';
import { catalogs } from '../../../src/i18n/all';
import { createTranslator, type MessageKey } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';

interface Fact {
  fact: string;
  /** Where it reaches the user; at least one key must hold every figure, in both languages. */
  keys: MessageKey[];
  /** The guide's figures as a reader sees them (digits are the same in both languages). */
  figures?: string[];
  /** Words that must appear (per language) when the fact has no figure. */
  words?: { en: string[]; 'zh-CN': string[] };
  /** The value in src/figures/facts.ts must equal the guide's. */
  data?: [unknown, unknown][];
}

const FACTS: Fact[] = [
  // How the check decides
  { fact: 'two causes: liveness fails or the face does not match the ID', keys: ['guide.how.p1'], words: { en: ['liveness', 'ID photo'], 'zh-CN': ['活体', '证件'] } },
  { fact: 'three scores: liveness ≥ 95, match ≥ 95, quality ≥ 90 (0–100)', keys: ['guide.how.p2'], figures: ['95', '90', '100'], data: [[SCORES.liveness, 95], [SCORES.match, 95], [SCORES.quality, 90]] },
  { fact: 'match under 95 → retake the ID photo', keys: ['guide.how.p2', 'guide.s3.what'], figures: ['95'], words: { en: ['ID photo'], 'zh-CN': ['证件照'] } },
  { fact: '3D face map of ≥ 100 points; detects photos, videos, masks, AI swaps, screens', keys: ['guide.how.p3'], figures: ['100'], words: { en: ['masks', 'AI face swaps', 'screen'], 'zh-CN': ['面具', 'AI 换脸', '屏幕'] }, data: [[FACE_MAP_POINTS, 100]] },
  { fact: 'one check takes 15–30 s', keys: ['guide.how.p4'], figures: ['15', '30'], data: [[CHECK_SECONDS.min, 15], [CHECK_SECONDS.max, 30]] },
  { fact: '5 failures in a day lock; the lock lifts after 24 h', keys: ['guide.how.p4', 'guide.s10.symptom2', 'guide.faq.a7', 'kyc.countedLockout', 'options.policyIntro'], figures: ['5', '24'], data: [[LOCK_RULE.failures, 5], [LOCK_RULE.hours, 24]] },
  // Scenario shares (labels and order are proved in search.test.ts and the e2e guide spec)
  ...([[1, 38], [2, 22], [3, 15], [4, 10], [5, 5], [6, 4], [7, 2], [8, 2], [9, 1], [10, 1]] as const).map(
    ([id, share]): Fact => ({ fact: `scenario ${id} causes ${share}% of failures`, keys: ['guide.shareLabel'], figures: [], data: [[SCENARIO_SHARE[id], share]] }),
  ),
  // 1 lighting
  { fact: 'light from the front or 45° to the side', keys: ['guide.s1.fix1'], figures: ['45'], data: [[LIGHT.sideDeg, 45]] },
  { fact: 'lamp above or both sides of the camera; not straight overhead', keys: ['guide.s1.fix2', 'vision.lighting.dark.fix'], words: { en: ['above the camera', 'overhead'], 'zh-CN': ['摄像头上方', '头顶正上方'] } },
  { fact: 'no window behind (silhouette)', keys: ['guide.s1.fix3'], words: { en: ['silhouette'], 'zh-CN': ['剪影'] } },
  { fact: 'aim for 500–1000 lux; take a test selfie first', keys: ['guide.s1.fix4', 'vision.lighting.dark.fix', 'kyc.fix.ensure-lighting'], figures: ['500', '1000'], data: [[LIGHT.luxMin, 500], [LIGHT.luxMax, 1000]] },
  // 2 angle
  { fact: 'fails beyond 15° off centre', keys: ['guide.s2.fix2', 'vision.head-pose.turned.left.fix', 'kyc.fix.look-at-camera'], figures: ['15'], data: [[ANGLE_LIMIT_DEG, 15]] },
  { fact: 'camera at eye level, look at the lens not the screen', keys: ['guide.s2.fix1'], words: { en: ['eye level', 'lens'], 'zh-CN': ['眼睛同高', '镜头'] } },
  { fact: '30–50 cm; under 25 cm distorts', keys: ['guide.s2.fix3', 'vision.distance.too-close.fix', 'checklist.app-pose'], figures: ['30', '50', '25'], data: [[DISTANCE_CM.min, 30], [DISTANCE_CM.max, 50], [DISTANCE_CM.distorts, 25]] },
  { fact: 'phone upright about 35 cm away', keys: ['guide.s2.fix4'], figures: ['35'], data: [[DISTANCE_CM.phone, 35]] },
  { fact: 'red frame = wrong, green = right', keys: ['guide.s2.fix5'], words: { en: ['red', 'green'], 'zh-CN': ['红色', '绿色'] } },
  // 3 appearance
  { fact: 'heavy makeup, coloured lenses, eyelid tape, microblading', keys: ['guide.s3.fix2', 'kyc.fix.match-failed'], words: { en: ['make-up', 'coloured contact lenses', 'Eyelid tape', 'microblading'], 'zh-CN': ['浓妆', '彩色隐形眼镜', '双眼皮贴', '纹眉'] } },
  { fact: 'show forehead and ears (haircut over the forehead)', keys: ['guide.s3.fix3'], words: { en: ['forehead', 'ears'], 'zh-CN': ['额头', '耳朵'] } },
  { fact: 'weight change over 15 kg → passport', keys: ['guide.s3.fix4'], figures: ['15'], words: { en: ['passport'], 'zh-CN': ['护照'] }, data: [[WEIGHT_CHANGE_KG, 15]] },
  { fact: 'cosmetic surgery → manual review with a medical certificate', keys: ['guide.s3.fix5', 'guide.faq.a9'], words: { en: ['manual review', 'certificate'], 'zh-CN': ['人工审核', '医院证明'] } },
  // 4 camera permission
  { fact: 'Chrome: lock icon → Site settings → Camera → Allow', keys: ['guide.s4.fix1'], words: { en: ['lock icon', 'Site settings', 'binance.com'], 'zh-CN': ['锁形图标', '网站设置', 'binance.com'] } },
  { fact: 'Safari: Settings → Websites → Camera; macOS Security & Privacy → Camera', keys: ['guide.s4.fix2'], words: { en: ['Websites', 'Security & Privacy'], 'zh-CN': ['网站', '安全性与隐私'] } },
  { fact: 'iOS: Settings → Binance → Camera; Android: Apps → Binance → Permissions → Camera', keys: ['guide.s4.fix3'], words: { en: ['Settings → Binance → Camera', 'Permissions'], 'zh-CN': ['设置 → Binance → 相机', '权限'] } },
  // 5 browser
  { fact: 'IE 11, Firefox below 90, Safari below 14 fail', keys: ['guide.s5.fix1', 'checks.browser.firefoxOld', 'checks.browser.safariOld'], figures: ['11', '90', '14'], data: [[BROWSER_MIN.firefox, 90], [BROWSER_MIN.safari, 14]] },
  { fact: 'some 360 and QQ Browser versions fail', keys: ['guide.s5.fix2'], words: { en: ['360', 'QQ'], 'zh-CN': ['360', 'QQ'] } },
  // 6 network
  { fact: '3D face data is 3–5 MB; upload ≥ 5 Mbps', keys: ['guide.s6.what', 'guide.s6.fix1', 'checks.network.offline', 'kyc.fix.network-error'], figures: ['3', '5'], data: [[UPLOAD.mbMin, 3], [UPLOAD.mbMax, 5], [UPLOAD.mbps, 5]] },
  { fact: 'stable Wi-Fi, not public; VPN off (WebSockets); mobile data beats hotel Wi-Fi', keys: ['guide.s6.fix1', 'guide.s6.fix2'], words: { en: ['public Wi-Fi', 'WebSockets', 'hotel Wi-Fi'], 'zh-CN': ['公共 Wi-Fi', 'WebSocket', '酒店 Wi-Fi'] } },
  // 7 background
  { fact: 'plain white wall, nobody walking behind, no mirror or reflective glass', keys: ['guide.s7.fix1', 'guide.s7.fix3', 'vision.background.busy.fix'], words: { en: ['white', 'walks behind', 'reflective glass'], 'zh-CN': ['白墙', '走动', '反光的玻璃'] } },
  // 8 glasses
  { fact: 'prescription glasses allowed unless reflective; photochromic lenses must come off', keys: ['guide.s8.fix1', 'vision.glare.glare.fix', 'vision.occlusion.eyes.fix'], words: { en: ['Prescription glasses', 'Photochromic'], 'zh-CN': ['近视眼镜', '变色镜片'] } },
  // 9 replay
  { fact: 'false alarms: glasses reflecting the screen, a bottle or metal object, a TV behind you', keys: ['guide.s9.fix3', 'vision.background.busy.fix', 'kyc.fix.replay-detected'], words: { en: ['water bottles', 'metal', 'TV'], 'zh-CN': ['水瓶', '金属', '电视'] } },
  // 10 lockout
  { fact: 'wait 24 h or ask Live Chat (bottom right) for manual review', keys: ['guide.s10.fix1', 'guide.s10.fix4'], figures: ['24'], words: { en: ['Live Chat', 'bottom right'], 'zh-CN': ['在线客服', '右下角'] } },
  // Checklist
  { fact: 'the 13-item checklist', keys: ['guide.faq.a10'], figures: ['13'], data: [[CHECKLIST_ITEMS, 13]] },
  // Routes
  { fact: 'route success: app 96, iPhone Safari 92, Android Chrome 89, Mac Safari 88, tablet 85, Windows Chrome 82', keys: ['guide.ways.p1', 'guide.faq.a5'], figures: ['96', '92', '89', '88', '85', '82'], data: [[ROUTE_SUCCESS.app, 96], [ROUTE_SUCCESS['iphone-safari'], 92], [ROUTE_SUCCESS['android-chrome'], 89], [ROUTE_SUCCESS['mac-safari'], 88], [ROUTE_SUCCESS.tablet, 85], [ROUTE_SUCCESS['windows-chrome'], 82]] },
  // Time of day
  { fact: 'daytime 09–18 91 %, evening 18–23 87 %, late night 23–06 73 %, best 10–16, none for 06–09', keys: ['guide.s1.fix6'], figures: ['09:00', '18:00', '91%', '23:00', '87%', '06:00', '73%', '10:00', '16:00'], data: [[DAY_PERIODS.daytime, { from: 9, to: 18, rate: 91 }], [DAY_PERIODS.evening, { from: 18, to: 23, rate: 87 }], [DAY_PERIODS['late-night'], { from: 23, to: 6, rate: 73 }], [DAY_PERIODS['early-morning'].rate, null], [BEST_HOURS, { from: 10, to: 16 }]] },
  { fact: 'no figure for 06–09: advise daylight', keys: ['checks.timing.earlyMorning'], figures: ['06:00', '09:00'], words: { en: ['no pass rate', 'Daylight'], 'zh-CN': ['没有给出', '自然光'] } },
  // When it keeps failing
  { fact: 'A: change device (desktop → app; Android → iPhone)', keys: ['guide.ways.p1'], words: { en: ['Binance app', 'Android to an iPhone'], 'zh-CN': ['币安 App', 'Android 换到 iPhone'] } },
  { fact: 'B: passport instead of an ID card', keys: ['guide.ways.p2'], words: { en: ['passport'], 'zh-CN': ['护照'] } },
  { fact: 'C: manual review via Live Chat; dedicated channel (e-mail); 2–5 business days', keys: ['guide.review.p1', 'guide.review.p2', 'reviewKit.chat.where', 'reviewKit.time'], figures: ['2', '5'], words: { en: ['Live Chat', 'e-mail'], 'zh-CN': ['在线客服', '电子邮件'] }, data: [[REVIEW.daysMin, 2], [REVIEW.daysMax, 5]] },
  { fact: 'manual review asks for selfies front, 45° left, 45° right; ID beside face; ID front and back', keys: ['guide.review.p3', 'reviewKit.selfies.intro', 'reviewKit.docs.holding', 'reviewKit.docs.front'], figures: ['45'], words: { en: ['holding your ID', 'front and back'], 'zh-CN': ['手持证件', '正反面'] }, data: [[REVIEW.turnDeg, 45]] },
  { fact: 'D: video call for VIP 3+', keys: ['guide.ways.p4'], figures: ['3'], data: [[VIP_TIER, 3]] },
  // Funds
  { fact: 'crypto stays; fiat refunded in 24–72 h; futures margin closed and refunded', keys: ['guide.funds.p1'], figures: ['24', '72'], words: { en: ['crypto', 'futures'], 'zh-CN': ['加密货币', '合约'] }, data: [[REFUND_HOURS.min, 24], [REFUND_HOURS.max, 72]] },
  { fact: 'allowed: deposit, hold, watch; not: withdrawals, futures, margin, API', keys: ['guide.funds.p2'], words: { en: ['withdrawals', 'margin', 'API'], 'zh-CN': ['提现', '杠杆', 'API'] } },
  { fact: 'retry after 24 h', keys: ['guide.funds.p3'], figures: ['24'] },
  // FAQ
  { fact: 'a lock is not a ban; bans follow severe risk signals', keys: ['guide.faq.a7', 'guide.s10.what', 'kyc.countedLockout'], words: { en: ['not a ban', 'deepfake'], 'zh-CN': ['不是封号', '深度伪造'] } },
  { fact: 'someone else doing the check: permanent ban and seized funds', keys: ['guide.faq.a8'], words: { en: ['permanent ban', 'seized funds'], 'zh-CN': ['永久封号', '没收'] } },
  { fact: 'device busy: close Zoom, Teams, Skype, OBS; restart the browser (Mac: system)', keys: ['guide.s4.fix4', 'checks.camera.busyFix'], words: { en: ['Zoom', 'Teams', 'Skype', 'OBS Studio', 'restart'], 'zh-CN': ['Zoom', 'Teams', 'Skype', 'OBS Studio', '重启'] } },
  { fact: 'FaceTec: 7 data centres (USA … South Africa), under 100 ms; try outside peak hours', keys: ['guide.s6.fix5'], figures: ['7', '100'], words: { en: ['Singapore', 'South Africa', 'peak hours'], 'zh-CN': ['新加坡', '南非', '高峰时段'] }, data: [[DATA_CENTRES.count, 7], [DATA_CENTRES.latencyMs, 100]] },
];

const GUIDE_KEYS = new Set<string>([
  ...SCENARIOS.flatMap((s) => [s.title, s.what, s.prompts, ...s.symptoms, ...s.fixes]),
  ...ALL_PROSE.flatMap((p) => [p.title, ...p.paragraphs, ...(p.faq ?? []).flatMap((f) => [f.q, f.a]), ...(p.link ? [p.link.label] : [])]),
  'guide.shareLabel',
]);

const exists = (key: string) => {
  const dot = key.indexOf('.');
  return (['en', 'zh-CN'] as const).every((locale) => key.slice(dot + 1) in (catalogs[locale] as unknown as Record<string, Record<string, string>>)[key.slice(0, dot)]!);
};

describe('every fact of the guide has its home', () => {
  it('the list covers every fact (a sanity count against SEED-FACTS.md)', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(50);
  });

  for (const { fact, keys, figures = [], words, data = [] } of FACTS) {
    it(fact, () => {
      for (const [actual, guide] of data) expect(actual, 'src/figures/facts.ts agrees with the guide').toEqual(guide);
      for (const key of keys) {
        expect(exists(key), `${key} exists in both languages`).toBe(true);
        if (key.startsWith('guide.')) expect(GUIDE_KEYS.has(key), `${key} is shown on the guide page`).toBe(true);
      }
      for (const locale of ['en', 'zh-CN'] as const) {
        const t = createTranslator(locale, FACT_PARAMS);
        const texts = keys.map((key) => (key === 'guide.shareLabel' ? t(key, { share: data[0]![1] as number }) : t(key)));
        // Guide and kit texts take no runtime params: every placeholder is a figure and must be filled.
        texts.forEach((text, i) => {
          if (/^(guide|reviewKit)\./.test(keys[i]!)) expect(text, `${locale}: every placeholder filled`).not.toMatch(/\{\w+\}/);
        });
        const all = texts.join('\n');
        for (const figure of figures) expect(texts.some((text) => text.includes(figure)), `${locale}: "${figure}" in ${keys.join(', ')}`).toBe(true);
        for (const word of words?.[locale] ?? []) expect(all, `${locale}: "${word}"`).toContain(word);
        if (key0IsShare(keys)) expect(all).toContain(`${String(data[0]![1])}%`);
      }
    });
  }
});

const key0IsShare = (keys: MessageKey[]) => keys[0] === 'guide.shareLabel';

describe('figures are written once', () => {
  // A guide figure typed into a text instead of its placeholder would not follow a change in
  // facts.ts. These texts carry guide figures: none may spell out the ones facts.ts holds.
  const spelled = [
    /\b(38|22)%/, /\b500[–-]1000\b/, /\b30[–-]50 ?(cm|厘米)/, /\b2[–-]5 (business|个工作)/, /\b24[–-]72\b/, /\b(96|92|89|88|85|82)%/,
    /\b24[- ]hours?\b|24 小时/, /\b5 (failed|failures)|失败 5 次/, /\b15 ?°/, /\b45 ?°/,
  ];
  // Quoted on-screen prompts are the site's own words, kept verbatim so people recognise them.
  const verbatim = (key: string) => key.endsWith('.prompts');
  it('the detector can fail: the verbatim lockout prompt does spell out 24 hours', () => {
    expect(spelled.some((pattern) => pattern.test(catalogs.en.guide['s10.prompts']))).toBe(true);
    expect(spelled.some((pattern) => pattern.test('Sit 30–50 cm away'))).toBe(true);
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`${locale}: no locale string spells out a figure from facts.ts`, () => {
      for (const [namespace, table] of Object.entries(catalogs[locale])) {
        for (const [key, text] of Object.entries(table as Record<string, string>)) {
          if (verbatim(key)) continue;
          for (const pattern of spelled) expect(text, `${namespace}.${key}`).not.toMatch(pattern);
        }
      }
    });
  }
});
