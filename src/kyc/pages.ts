// Is this binance.com page an identity / face-verification page? Decided from the URL first
// (free), then from what the page itself shows: FaceTec's own elements or a KYC heading.
import { isBinanceUrl } from '../messaging/sender';
import { sameWords } from './text';

/** Paths (after an optional locale segment such as /en or /zh-CN), lower-cased. */
export const KYC_PATHS: readonly RegExp[] = [
  /^\/my\/settings\/(profile|verification|identity)(\/|$)/,
  /^\/my\/(kyc|verification|verify|identity)(\/|$)/,
  /^\/(kyc|identity|verification|verify|liveness|face-verification|identity-verification|kyc-verification)(\/|$)/,
];

/** Headings that name a KYC step. Whole-heading matches only: an FAQ titled "How to Complete Identity Verification" is not the step. */
export const KYC_HEADINGS: readonly string[] = [
  'Identity Verification',
  'Face Verification',
  'Facial Verification',
  'Verify Your Identity',
  '身份认证',
  '身份验证',
  '人脸识别',
  '人脸验证',
];

/** FaceTec's browser SDK marks its DOM with these ids and classes (and may use an iframe). */
export const FACETEC_SELECTOR =
  '[id^="FaceTec" i], [id^="DOM_FT_" i], [class*="facetec" i], iframe[src*="facetec" i]';

/** Where headings are looked for; a bounded list keeps the check cheap on large pages. */
export const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"]';
export const MAX_HEADINGS = 30;

const LOCALE_SEGMENT = /^\/[a-z]{2}(-[a-z]{2,4})?(?=\/|$)/;

/** The background accepts messages from the same hosts (one definition of "binance.com over HTTPS"). */
export function isKycUrl(href: string): boolean {
  if (!isBinanceUrl(href)) return false;
  const path = new URL(href).pathname.toLowerCase();
  // Both readings: "/my/settings/profile" must not lose "/my" as if it were a locale.
  const candidates = [path, path.replace(LOCALE_SEGMENT, '')];
  return candidates.some((candidate) => KYC_PATHS.some((pattern) => pattern.test(candidate)));
}

export interface PageSignals {
  url: string;
  /** Text of the page's first few headings. */
  headings: readonly string[];
  /** A FaceTec element is present. */
  faceTec: boolean;
}

export type KycReason = 'url' | 'facetec' | 'heading';
export interface PageVerdict {
  kyc: boolean;
  reason: KycReason | null;
}

export function isKycHeading(text: string): boolean {
  return KYC_HEADINGS.some((heading) => sameWords(text, heading));
}

export function classifyPage(signals: PageSignals): PageVerdict {
  if (!isBinanceUrl(signals.url)) return { kyc: false, reason: null };
  if (isKycUrl(signals.url)) return { kyc: true, reason: 'url' };
  if (signals.faceTec) return { kyc: true, reason: 'facetec' };
  if (signals.headings.some(isKycHeading)) return { kyc: true, reason: 'heading' };
  return { kyc: false, reason: null };
}
