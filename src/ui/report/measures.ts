// Measurements a person can read: each known value gets a label and a unit (a share becomes a
// percentage). Values without a label here (strings like the distance method, the environment
// checks' details) stay in the export and are not shown as raw names.
import { shownAs } from '../../checks/registry';
import type { MessageKey, Translate } from '../../i18n/translate';
import type { CheckResult } from '../../report/types';

export interface LabelledMeasure {
  name: string;
  text: string;
}

/** Each check's module says which of its measurements are shown and which are shares (`shown`). */
export function labelledMeasures(check: Pick<CheckResult, 'id' | 'measured'>, t: Translate): LabelledMeasure[] {
  return Object.entries(check.measured ?? {}).flatMap(([name, value]) => {
    const format = shownAs(check.id, name);
    if (!format || typeof value !== 'number' || !Number.isFinite(value)) return [];
    const shown = format === 'percent' ? Math.round(value * 1000) / 10 : value;
    return [{ name, text: t(`report.measure.${check.id}.${name}` as MessageKey, { v: shown }) }];
  });
}
