// The single gate in front of every handler: known type, allowed sender, valid data.
// Anything else is logged and refused; nothing a sender can put in a message reaches a handler
// unchecked or makes the worker throw.
import * as v from 'valibot';
import { onMessage } from '../messaging/protocol';
import { isMessageType, MESSAGE_RULES, type MessageType } from '../messaging/schemas';
import { classifySender, senderAllowed, type Self, type SenderInfo } from '../messaging/sender';
import type { createHandlers, HandlerContext } from './handlers';

type Handlers = ReturnType<typeof createHandlers>;

export class RejectedMessage extends Error {}

/** Does this tab's top frame run our content script (so it is binance.com over HTTPS)? */
export type TopFrameCheck = (tabId: number) => Promise<boolean>;

export function createRouter(handlers: Handlers, self: Self, topFrameIsOurs: TopFrameCheck = async () => false) {
  /** Resolves with the handler's answer; rejects (RejectedMessage) for anything not allowed. */
  async function route(type: unknown, data: unknown, sender: unknown): Promise<unknown> {
    if (!isMessageType(type)) return refuse('unknown message type', type, sender);
    const info = (typeof sender === 'object' && sender !== null ? sender : undefined) as SenderInfo | undefined;
    let kind = classifySender(info, self);
    if (kind === 'frame') {
      const tabId = info?.tab?.id;
      kind = typeof tabId === 'number' && (await topFrameIsOurs(tabId)) ? 'content' : 'embedded';
    }
    const rules = MESSAGE_RULES[type];
    if (kind === 'rejected' || !senderAllowed(kind, rules.from)) return refuse('sender not allowed', type, sender);
    const parsed = v.safeParse(rules.data as v.GenericSchema, data);
    if (!parsed.success) return refuse(`invalid data (${parsed.issues[0]?.message})`, type, sender);
    const handler = handlers[type] as (data: unknown, context: HandlerContext) => Promise<unknown>;
    return handler(parsed.output, { sender: info ?? {}, kind });
  }

  function refuse(why: string, type: unknown, sender: unknown): never {
    const from = (sender as SenderInfo | undefined)?.url ?? 'unknown sender';
    console.warn(`[kyc-preflight] ignored message ${String(type).slice(0, 60)} from ${from}: ${why}`);
    throw new RejectedMessage('message refused');
  }

  /** Registers one @webext-core/messaging listener per type, synchronously (MV3 wake-up rule). */
  function register(): void {
    for (const type of Object.keys(MESSAGE_RULES) as MessageType[]) {
      onMessage(type, (message) => route(message.type, message.data, message.sender) as never);
    }
  }

  return { route, register };
}
