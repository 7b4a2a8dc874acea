import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { CHECKLIST } from '../checklist/items';
import { readValidated } from './validated';

/** The user's own ticks (item id → epoch ms ticked). Pre-flight verification is derived, not stored. */
export interface ChecklistState {
  ticked: Record<string, number>;
}

export const DEFAULT_CHECKLIST: ChecklistState = { ticked: {} };

const KNOWN = new Set(CHECKLIST.map((item) => item.id));

/** Anything stored that is not a known item with a time is dropped; garbage becomes the default. */
export function sanitizeChecklist(value: unknown): ChecklistState {
  if (!value || typeof value !== 'object') return { ticked: {} };
  const ticked = (value as { ticked?: unknown }).ticked;
  if (!ticked || typeof ticked !== 'object' || Array.isArray(ticked)) return { ticked: {} };
  const clean: Record<string, number> = {};
  for (const [id, at] of Object.entries(ticked as Record<string, unknown>)) {
    if (KNOWN.has(id) && typeof at === 'number' && Number.isFinite(at)) clean[id] = at;
  }
  return { ticked: clean };
}

export const checklistItem = storage.defineItem<ChecklistState>('local:checklist', {
  fallback: DEFAULT_CHECKLIST,
  version: 1,
});

/** Any stored value parses: unknown items and bad times are dropped, garbage becomes no ticks. */
const ChecklistSchema = v.pipe(v.unknown(), v.transform(sanitizeChecklist));

export function readChecklist(): Promise<ChecklistState> {
  return readValidated(checklistItem, ChecklistSchema, { ticked: {} });
}

export async function setTicked(id: string, ticked: boolean, now: number = Date.now()): Promise<ChecklistState> {
  const current = await readChecklist();
  const next = { ticked: { ...current.ticked } };
  if (ticked) next.ticked[id] = now;
  else delete next.ticked[id];
  await checklistItem.setValue(next);
  return next;
}
