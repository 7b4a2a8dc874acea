// The guide's 13-item checklist (environment 5, appearance 5, device 3). `checks` lists the
// pre-flight checks that, all passing, prove the item; an empty list means only the user can tell.
import type { MessageKey } from '../i18n/translate';
import type { CheckId } from '../report/types';

export type ChecklistGroup = 'environment' | 'appearance' | 'device';

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  checks: readonly CheckId[];
}

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = ['environment', 'appearance', 'device'];

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'env-light', group: 'environment', checks: ['lighting'] },
  { id: 'env-no-backlight', group: 'environment', checks: ['backlight'] },
  { id: 'env-background', group: 'environment', checks: ['background', 'face-count'] },
  { id: 'env-network', group: 'environment', checks: ['network'] },
  { id: 'env-time', group: 'environment', checks: ['timing'] },
  { id: 'app-glasses', group: 'appearance', checks: ['glare', 'occlusion'] },
  { id: 'app-uncovered', group: 'appearance', checks: ['occlusion'] },
  { id: 'app-expression', group: 'appearance', checks: ['eyes-open'] },
  { id: 'app-pose', group: 'appearance', checks: ['head-pose', 'distance', 'face-position'] },
  { id: 'app-id-match', group: 'appearance', checks: [] },
  { id: 'dev-browser', group: 'device', checks: ['browser'] },
  { id: 'dev-camera', group: 'device', checks: ['camera-permission', 'camera-device'] },
  { id: 'dev-real-camera', group: 'device', checks: ['camera-device', 'sharpness', 'camera-quality'] },
];

export function itemLabelKey(id: string): MessageKey {
  return `checklist.${id}` as MessageKey;
}

export function groupLabelKey(group: ChecklistGroup): MessageKey {
  return `checklist.group.${group}` as MessageKey;
}
