// The guide's 13-item checklist (environment 5, appearance 5, device 3). `checks` lists the
// pre-flight checks that, all passing, prove the item — each check declares the items it ticks in
// its module (`ticks`), so this list follows the registry; none means only the user can tell.
import { checksTicking, type CheckId } from '../checks/registry';
import type { MessageKey } from '../i18n/translate';

export type ChecklistGroup = 'environment' | 'appearance' | 'device';

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  checks: readonly CheckId[];
}

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = ['environment', 'appearance', 'device'];

const item = (id: string, group: ChecklistGroup): ChecklistItem => ({ id, group, checks: checksTicking(id) });

export const CHECKLIST: readonly ChecklistItem[] = [
  item('env-light', 'environment'),
  item('env-no-backlight', 'environment'),
  item('env-background', 'environment'),
  item('env-network', 'environment'),
  item('env-time', 'environment'),
  item('app-glasses', 'appearance'),
  item('app-uncovered', 'appearance'),
  item('app-expression', 'appearance'),
  item('app-pose', 'appearance'),
  item('app-id-match', 'appearance'),
  item('dev-browser', 'device'),
  item('dev-camera', 'device'),
  item('dev-real-camera', 'device'),
];

export function itemLabelKey(id: string): MessageKey {
  return `checklist.${id}` as MessageKey;
}

export function groupLabelKey(group: ChecklistGroup): MessageKey {
  return `checklist.group.${group}` as MessageKey;
}
