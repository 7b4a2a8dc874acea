// network: FaceTec uploads 3–5 MB of face data and wants about 5 Mbps up (guide scenario 6). The
// extension never makes a request (no speed test), so this is only what the browser already knows:
// the online flag and the Network Information API's estimate (Chromium only, download-side,
// rounded and capped). The summary says it is an estimate.
import type { CheckResult, Measurements } from '../report/types';

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

const NEEDED_MBPS = 5;
const UPLOAD_MB = 5;
const SLOW_RTT_MS = 400;

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function networkCheck(input: NetworkInput): CheckResult {
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
  const base = { id: 'network', scenario: 6, measured } as const;
  const advice = { key: 'checks.network.advice', params: { mbps: NEEDED_MBPS } } as const;

  if (input.online === false) {
    return { ...base, status: 'fail', summary: { key: 'checks.network.offline' }, fix: advice };
  }
  if (effectiveType === 'slow-2g' || effectiveType === '2g') {
    return { ...base, status: 'fail', summary: { key: 'checks.network.verySlow', params: { type: effectiveType } }, fix: advice };
  }
  // Upload is usually slower than download, so a download estimate under the need is a warning sign.
  const slow = effectiveType === '3g' || (downlink !== undefined && downlink < NEEDED_MBPS) || (rtt !== undefined && rtt >= SLOW_RTT_MS);
  if (slow) {
    const seconds = downlink ? Math.ceil((UPLOAD_MB * 8) / downlink) : undefined;
    return {
      ...base,
      status: 'warn',
      summary: { key: 'checks.network.slow', params: { downlink: downlink ?? '?', rtt: rtt ?? '?', seconds: seconds ?? '?' } },
      fix: advice,
    };
  }
  if (input.saveData === true) {
    return { ...base, status: 'warn', summary: { key: 'checks.network.saveData' }, fix: { key: 'checks.network.saveDataFix' } };
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
