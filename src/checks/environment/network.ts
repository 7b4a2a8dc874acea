// network: FaceTec uploads 3–5 MB of face data and wants about 5 Mbps up (guide scenario 6). The
// extension never makes a request (no speed test), so this is only what the browser already knows:
// the online flag and the Network Information API's estimate. That estimate is a coarse guess about
// *download* (Chromium rounds it, caps downlink near 10 Mbps and reads 1.3–1.6 Mbps on fast links
// here), so it cannot carry a verdict: offline fails, a connection the browser itself calls 2G
// warns, and everything else — downlink, round trip, Data Saver — is shown as information.
import { UPLOAD } from '../../figures/facts';
import type { Message, MessageKey } from '../../i18n/translate';
import { defineCheck, sayCause } from '../define';
import type { Measurements, Row, SkipCause } from '../row';

/** FaceTec's upload wants about 5 Mbps (guide scenario 6, src/figures/facts.ts). */
export const NEEDED_MBPS = UPLOAD.mbps;
const advice = (): Message => ({ key: 'checks.network.advice', params: { mbps: NEEDED_MBPS } });
const fixed = (key: MessageKey) => (): Message => ({ key });

export const NETWORK = defineCheck({
  id: 'network',
  family: 'environment',
  causes: ['offline', 'slow'],
  text: {
    offline: { summary: fixed('checks.network.offline'), fix: advice },
    slow: { summary: (m) => ({ key: 'checks.network.verySlow', params: { type: m.effectiveType === undefined ? '?' : String(m.effectiveType) } }), fix: advice },
  },
  topic: 6,
  ticks: ['env-network'],
});

export interface NetworkInput {
  online?: boolean;
  effectiveType?: string;
  /** Mbps, the browser's estimate of download bandwidth. */
  downlink?: number;
  /** ms, estimated round trip. */
  rtt?: number;
  saveData?: boolean;
  type?: string;
}

/** The browser's own "this is 2G" classes: slow enough that a 5 MB upload will likely time out. */
const SLOW_TYPES: ReadonlySet<string> = new Set(['slow-2g', '2g']);

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function networkCheck(input: NetworkInput): Row<'network', (typeof NETWORK.causes)[number] | SkipCause> {
  const downlink = finite(input.downlink);
  const rtt = finite(input.rtt);
  const effectiveType = typeof input.effectiveType === 'string' ? input.effectiveType.slice(0, 16) : undefined;
  const measured: Measurements = { estimate: true };
  if (typeof input.online === 'boolean') measured.online = input.online;
  if (effectiveType) measured.effectiveType = effectiveType;
  if (downlink !== undefined) measured.downlinkMbps = downlink;
  if (rtt !== undefined) measured.rttMs = rtt;
  if (typeof input.saveData === 'boolean') measured.saveData = input.saveData;
  if (typeof input.type === 'string') measured.connection = input.type.slice(0, 16);
  const base = { id: 'network', measured } as const;

  if (input.online === false) {
    return { ...base, status: 'fail', cause: 'offline', ...sayCause(NETWORK, 'offline', measured) };
  }
  if (effectiveType !== undefined && SLOW_TYPES.has(effectiveType)) {
    return { ...base, status: 'warn', cause: 'slow', ...sayCause(NETWORK, 'slow', measured) };
  }
  if (downlink === undefined && effectiveType === undefined) {
    return { ...base, status: 'pass', summary: { key: 'checks.network.onlineUnknownSpeed', params: { mbps: NEEDED_MBPS } } };
  }
  return { ...base, status: 'pass', summary: { key: 'checks.network.ok', params: { downlink: downlink ?? '?', rtt: rtt ?? '?', mbps: NEEDED_MBPS } } };
}

interface ConnectionLike {
  effectiveType?: unknown;
  downlink?: unknown;
  rtt?: unknown;
  saveData?: unknown;
  type?: unknown;
}

/** Reads navigator.onLine and navigator.connection where present; never throws. */
export function readNetwork(nav: Navigator | undefined = globalThis.navigator): NetworkInput {
  try {
    const connection = (nav as Navigator & { connection?: ConnectionLike }).connection;
    return {
      online: typeof nav?.onLine === 'boolean' ? nav.onLine : undefined,
      effectiveType: typeof connection?.effectiveType === 'string' ? connection.effectiveType : undefined,
      downlink: typeof connection?.downlink === 'number' ? connection.downlink : undefined,
      rtt: typeof connection?.rtt === 'number' ? connection.rtt : undefined,
      saveData: typeof connection?.saveData === 'boolean' ? connection.saveData : undefined,
      type: typeof connection?.type === 'string' ? connection.type : undefined,
    };
  } catch {
    return {};
  }
}
