// Shape of every incoming 'bg:' message's data, and who may send it. The background checks
// both before any handler runs; the types in protocol.ts say what a well-behaved sender sends,
// these schemas make sure that is what arrived.
import * as v from 'valibot';
import { SettingsSchema } from '../storage/settings';
import { SiteCameraSchema } from '../storage/environment';
import type { ProtocolMap } from './protocol';

const none = v.optional(v.nullable(v.undefined()));

const ruleId = v.pipe(v.string(), v.regex(/^[\w.:-]{1,100}$/));
const at = v.pipe(v.number(), v.finite());
const showing = v.pipe(v.string(), v.regex(/^[\w.:-]{1,60}$/));

/** A failure without its showing is refused: the background no longer guesses "the same screen" by time. */
export const KycEventSchema = v.variant('kind', [
  v.object({ ruleId, kind: v.literal('failed'), at, showing }),
  v.object({ ruleId, kind: v.literal('lockout'), at, showing: v.optional(showing) }),
]);

/**
 * `pages`: this extension's own pages only. `any`: also the content script in binance.com tabs.
 * `public`: also a binance.com frame embedded by another site (data anyone may read: strings).
 */
export type Audience = 'pages' | 'any' | 'public';

export const MESSAGE_RULES = {
  'bg:kyc-event': { data: KycEventSchema, from: 'any' },
  'bg:kyc-strings': { data: none, from: 'public' },
  'bg:site-camera-permission': { data: SiteCameraSchema, from: 'any' },
  'bg:open-preflight': { data: none, from: 'any' },
  'bg:kyc-frame': { data: none, from: 'any' },
  'bg:open-guide': { data: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)), from: 'any' },
  'bg:open-camera-settings': { data: none, from: 'any' },
  'bg:open-review-kit': { data: none, from: 'any' },
  'bg:get-attempts': { data: none, from: 'any' },
  // Logging/undoing by hand and the full state (reports) are for the extension's pages: the content
  // script never sends them, so a binance.com page could not reach them even through it.
  'bg:log-attempt': { data: none, from: 'pages' },
  // A liveness probe for the extension's own pages and tests; the content script never pings.
  'bg:ping': { data: none, from: 'pages' },
  'bg:undo-attempt': { data: none, from: 'pages' },
  // The report is stripped to statuses and metrics by the storage layer; here it must merely be an object.
  'bg:save-report': { data: v.looseObject({ id: v.string(), checks: v.array(v.unknown()) }), from: 'pages' },
  'bg:return-to-tab': { data: v.pipe(v.number(), v.integer(), v.minValue(0)), from: 'pages' },
  'bg:get-state': { data: none, from: 'pages' },
  'bg:save-settings': { data: SettingsSchema, from: 'pages' },
  'bg:clear-history': { data: none, from: 'pages' },
  'bg:export': { data: none, from: 'pages' },
} satisfies { [K in keyof ProtocolMap]: { data: v.GenericSchema; from: Audience } };

export type MessageType = keyof typeof MESSAGE_RULES;

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(MESSAGE_RULES, type);
}
