// The guide's one topic table (src/guide/content.ts) decides which guide topic every report row
// links to: every check and every cause must land on a topic, each check exactly once.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenarioForCheck, scenarioOf } from '../../../src/guide/content';
import { CAUSES, SKIP_CAUSES, type CauseId } from '../../../src/report/causes';
import { CHECK_IDS, type CheckId } from '../../../src/report/types';

const topics = SCENARIOS.flatMap((s) => s.checks.map((topic) => [topic, s.id] as const));

describe('the guide topic of every finding', () => {
  it('every check id is listed under exactly one topic', () => {
    const count = (id: CheckId) => topics.filter(([topic]) => topic === id).length;
    expect(CHECK_IDS.filter((id) => count(id) !== 1).map((id) => `${id}: ${count(id)}`)).toEqual([]);
  });

  it('every "check:cause" entry names a real cause of that check', () => {
    const refined = topics.map(([topic]) => topic).filter((topic) => topic.includes(':'));
    expect(refined.length).toBeGreaterThan(0);
    for (const topic of refined) {
      const [check, cause] = topic.split(':') as [CheckId, string];
      expect(CHECK_IDS, topic).toContain(check);
      expect((CAUSES as Record<string, readonly string[]>)[check] ?? [], topic).toContain(cause);
    }
  });

  it('every check, with every cause it can carry (and none), resolves to a topic the guide shows', () => {
    const shown = new Set(SCENARIOS.map((s) => s.id));
    const unresolved: string[] = [];
    for (const id of CHECK_IDS) {
      const causes: (CauseId | undefined)[] = [undefined, ...((CAUSES as Record<string, readonly CauseId[]>)[id] ?? []), ...SKIP_CAUSES];
      for (const cause of causes) {
        const scenario = scenarioOf({ id, cause });
        if (scenario === undefined || !shown.has(scenario)) unresolved.push(`${id}/${cause}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it.each<[CheckId, CauseId | undefined, number]>([
    ['glare', 'glare', 8], // reflections on glasses: the glasses topic, not the replay one
    ['occlusion', 'lower-face', 8],
    ['occlusion', 'eyes', 8],
    ['occlusion', 'forehead', 3], // a fringe over the forehead is the appearance topic's fix
    ['camera-device', 'virtual', 9],
    ['camera-device', 'busy', 4],
    ['camera-device', undefined, 4],
    ['camera-quality', 'low-fps', 4],
    ['sharpness', 'blurry', 1],
    ['stability', 'moving', 2],
    ['eyes-open', 'closed', 3],
    ['timing', 'late-night', 1],
  ])('%s / %s → topic %i', (id, cause, scenario) => {
    expect(scenarioForCheck(id, cause)).toBe(scenario);
  });
});
