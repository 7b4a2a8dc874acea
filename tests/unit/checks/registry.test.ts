// The registry (src/checks/registry.ts) is the one list of checks: walking it proves that each
// module declares everything the rest of the product derives from it — a guide topic for every
// cause, words for every cause in both languages, live chips only for vision checks, shown
// measures with their labels, checklist items that exist — so adding a check is its module, its
// strings and one line of the registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/browser/assess';
import { CHECKLIST } from '../../../src/checklist/items';
import { browserCheck } from '../../../src/checks/environment/browser';
import { causeEntry, sayCause, type CheckModule } from '../../../src/checks/define';
import {
  CAUSES, CHECK_IDS, CHECK_MODULES, FRAME_CHECK_IDS, LIVE_CHECK_IDS, moduleOf, scenarioForCheck, scenarioOf, shownAs, tierOf,
  VISION_CHECK_IDS, type CauseId, type CheckId,
} from '../../../src/checks/registry';
import { SKIP_CAUSES, type Measurements } from '../../../src/checks/row';
import { visionChecks } from '../../../src/checks/vision/window';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { SCENARIOS } from '../../../src/guide/content';
import { catalogs } from '../../../src/i18n/all';
import { createTranslator, type Message } from '../../../src/i18n/translate';
import { goodMetrics } from '../vision/helpers';

function template(locale: keyof typeof catalogs, key: string): string | undefined {
  const dot = key.indexOf('.');
  return (catalogs[locale] as Record<string, Record<string, string>>)[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

/** What each check's rows measure, so a cause's words can be rendered as a row would render them. */
function sampleMeasured(): Record<string, Measurements> {
  const window = visionChecks({ frames: Array.from({ length: 12 }, () => ({ faceCount: 1, metrics: goodMetrics() })), camera: { width: 640, height: 480, frameRate: 30 } });
  const samples: Record<string, Measurements> = Object.fromEntries(window.map((row) => [row.id, { ...row.measured, skipped: 'no-face' }]));
  samples.browser = browserCheck(assessBrowser({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' }, new Date(2026, 10, 30))).measured!;
  samples['camera-device'] = { label: 'Webcam', width: 320, height: 240, fps: 30, error: 'NotAllowedError', failure: 'permission-browser', product: 'OBS' };
  samples['camera-permission'] = { extension: 'denied', site: 'granted' };
  samples.network = { online: false, effectiveType: '2g' };
  samples.timing = { hour: 2, period: 'late-night', bestWindow: false, passRate: 73 };
  samples['id-match'] = { answer: 'different', quality: 'pass' };
  return samples;
}

describe('the registry', () => {
  it('lists every check once, in report order, with its causes', () => {
    expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
    expect(CHECK_IDS).toEqual(CHECK_MODULES.map((module) => module.id));
    expect(CHECK_IDS.slice(0, 5)).toEqual(['browser', 'camera-permission', 'camera-device', 'network', 'timing']);
    for (const id of CHECK_IDS) expect(CAUSES[id].length, id).toBeGreaterThan(0);
    expect(moduleOf('no-such-check')).toBeUndefined();
  });

  it('every check, with every cause it can carry (and none), resolves to a topic the guide shows', () => {
    const shown = new Set(SCENARIOS.map((s) => s.id));
    const unresolved: string[] = [];
    for (const id of CHECK_IDS) {
      for (const cause of [undefined, ...CAUSES[id], ...SKIP_CAUSES] as (CauseId | undefined)[]) {
        const scenario = scenarioOf({ id, cause });
        if (scenario === undefined || !shown.has(scenario)) unresolved.push(`${id}/${cause}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(scenarioOf({ id: 'no-such-check' })).toBeUndefined();
  });

  it('a cause set apart for another topic is a cause of that check', () => {
    for (const module of CHECK_MODULES as readonly CheckModule[]) {
      for (const cause of Object.keys(module.causeTopics ?? {})) expect(module.causes, `${module.id}:${cause}`).toContain(cause);
    }
  });

  it.each<[CheckId, CauseId | undefined, number]>([
    ['glare', 'glare', 8], // reflections on glasses: the glasses topic, not the replay one
    ['occlusion', 'lower-face', 8],
    ['occlusion', 'eyes', 8],
    ['occlusion', 'forehead', 3], // a fringe over the forehead is the appearance topic's fix
    ['occlusion', 'hair-over-eye', 8], // "keep hair away from your eyes and forehead" (s8.fix3)
    ['occlusion', 'hat', 8], // "remove masks, hats, hoods" (s8.fix2)
    ['camera-device', 'virtual', 9],
    ['camera-device', 'busy', 4],
    ['camera-device', undefined, 4],
    ['camera-quality', 'low-fps', 4],
    ['sharpness', 'blurry', 1],
    ['stability', 'moving', 2],
    ['eyes-open', 'closed', 3],
    ['timing', 'late-night', 1],
    ['face-count', 'several', 7],
    ['browser', 'outdated', 5],
    ['network', 'offline', 6],
    ['id-match', 'different', 3], // the face does not match the ID: the appearance topic, 15 %
    ['id-match', 'id-glare', 3],
  ])('%s / %s → topic %i', (id, cause, scenario) => {
    expect(scenarioForCheck(id, cause)).toBe(scenario);
  });

  it('every cause of every check has words in English and Chinese, with no {placeholder} left', () => {
    const samples = sampleMeasured();
    const problems: string[] = [];
    for (const module of CHECK_MODULES as readonly CheckModule[]) {
      const own = Object.keys(module.text).filter((cause) => (SKIP_CAUSES as readonly string[]).includes(cause));
      for (const cause of [...module.causes, ...own]) {
        if (!causeEntry(module, cause)) problems.push(`${module.id}/${cause}: no entry`);
        const words = sayCause(module, cause, samples[module.id] ?? {});
        for (const message of [words.summary, ...(words.fix ? [words.fix] : [])] as Message[]) {
          for (const locale of ['en', 'zh-CN'] as const) {
            if (template(locale, message.key) === undefined) problems.push(`${module.id}/${cause}: ${locale} lacks ${message.key}`);
            else if (/\{\w+\}/.test(createTranslator(locale, FACT_PARAMS)(message))) problems.push(`${module.id}/${cause}: ${locale} ${message.key} leaves a placeholder`);
          }
        }
      }
      // Every finding cause is worded by the module itself, not by the shared skips.
      for (const cause of module.causes) if (!Object.hasOwn(module.text, cause)) problems.push(`${module.id}/${cause}: not in its own table`);
    }
    expect(problems).toEqual([]);
  });

  it('the walk can fail: a cause without words is found', () => {
    const bare = { text: {} } as Pick<CheckModule, 'text'>;
    expect(causeEntry(bare, 'blurry')).toBeUndefined();
    expect(sayCause(bare, 'blurry').summary).toEqual({ key: 'checks.internalError' });
  });

  it('live chips are vision checks, each in its own place', () => {
    expect(LIVE_CHECK_IDS).toEqual(['face-count', 'lighting', 'backlight', 'head-pose', 'distance', 'face-position', 'sharpness', 'eyes-open', 'occlusion', 'glare']);
    for (const id of LIVE_CHECK_IDS) expect(moduleOf(id)!.family, id).toBe('vision');
    const places = (CHECK_MODULES as readonly CheckModule[]).flatMap((module) => (module.live === undefined ? [] : [module.live]));
    expect(new Set(places).size).toBe(places.length);
  });

  it('window checks judge in report order, frame checks among them; the rest are handed in by their callers', () => {
    expect(VISION_CHECK_IDS).toEqual(CHECK_IDS.filter((id) => moduleOf(id)!.window));
    expect(VISION_CHECK_IDS).toEqual(['face-count', ...FRAME_CHECK_IDS, 'stability', 'camera-quality']);
    for (const id of VISION_CHECK_IDS) {
      const key = moduleOf(id)!.window!.passKey;
      for (const locale of ['en', 'zh-CN'] as const) expect(template(locale, key), `${locale} ${key}`).toBeTypeOf('string');
    }
    for (const id of CHECK_IDS.filter((id) => ['environment', 'match'].includes(moduleOf(id)!.family))) expect(moduleOf(id)!.window, id).toBeUndefined();
  });

  it('every shown measurement has its label in both languages', () => {
    for (const module of CHECK_MODULES as readonly CheckModule[]) {
      for (const name of Object.keys(module.shown ?? {})) {
        for (const locale of ['en', 'zh-CN'] as const) expect(template(locale, `report.measure.${module.id}.${name}`), `${locale} ${module.id}.${name}`).toBeTypeOf('string');
      }
    }
    expect(shownAs('glare', 'share')).toBe('percent');
    expect(shownAs('distance', 'cm')).toBe('number');
    expect(shownAs('distance', 'method')).toBeUndefined();
    expect(shownAs('occlusion', 'lowerFaceEdges')).toBeUndefined();
  });

  it('every checklist item a check ticks exists, and every check but stability ticks one', () => {
    const items = new Set(CHECKLIST.map((item) => item.id));
    for (const module of CHECK_MODULES) for (const item of module.ticks) expect(items, `${module.id} → ${item}`).toContain(item);
    expect(CHECK_MODULES.filter((module) => module.ticks.length === 0).map((module) => module.id)).toEqual(['stability']);
  });

  it('fix-first tiers: the browser and camera first, then finding the face, the light, the framing, the rest', () => {
    expect(Object.fromEntries(CHECK_IDS.map((id) => [id, tierOf(id)]))).toEqual({
      browser: 0, 'camera-permission': 0, 'camera-device': 0, network: 4, timing: 4, 'face-count': 1, 'head-pose': 3, distance: 3,
      'face-position': 3, lighting: 2, backlight: 2, sharpness: 4, 'eyes-open': 4, occlusion: 4, glare: 4, background: 4, stability: 4,
      'camera-quality': 0, 'id-match': 4,
    });
    expect(tierOf('no-such-check')).toBe(4);
  });

  it('the e2e conditions expect only registered checks and their causes', () => {
    const file = join(import.meta.dirname, '../../e2e/preflight-conditions.json');
    const { conditions } = JSON.parse(readFileSync(file, 'utf8')) as { conditions: { name: string; expect: Record<string, unknown>; causes?: Record<string, string> }[] };
    const wrong: string[] = [];
    for (const condition of conditions) {
      for (const id of Object.keys(condition.expect)) if (!moduleOf(id)) wrong.push(`${condition.name}: ${id}`);
      for (const [id, cause] of Object.entries(condition.causes ?? {})) {
        const vocabulary = [...((CAUSES as Record<string, readonly string[]>)[id] ?? []), ...SKIP_CAUSES];
        if (!vocabulary.includes(cause)) wrong.push(`${condition.name}: ${id}/${cause}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
