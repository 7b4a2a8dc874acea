// The troubleshooting guide's figures, in one place (an unofficial, community source: every screen that
// shows one says so). A changed figure is changed here once; texts interpolate these numbers.
import type { ScenarioId } from './content';

/** Share of failures per guide scenario, in per cent (most frequent first). */
export const SCENARIO_SHARE: Record<ScenarioId, number> = {
  1: 38,
  2: 22,
  3: 15,
  4: 10,
  5: 5,
  6: 4,
  7: 2,
  8: 2,
  9: 1,
  10: 1,
};
