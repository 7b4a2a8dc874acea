import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { BrowserAssessment } from '../browser/types';
import { epochMs, readValidated } from './validated';

/** The worker's last look at its own browser (for the badge and the popup). */
export interface StoredBrowserAssessment {
  at: number;
  assessment: BrowserAssessment;
}

const text = v.optional(v.pipe(v.string(), v.maxLength(200)));

/**
 * The checks module owns BrowserAssessment and keeps growing it, so only what the background
 * reads is checked strictly (status, browser name, the summary message); the rest passes through,
 * bounded in size.
 */
export const BrowserAssessmentSchema = v.pipe(
  v.looseObject({
    status: v.picklist(['pass', 'warn', 'fail']),
    browser: v.looseObject({ name: text, version: text }),
    summary: v.optional(
      v.looseObject({
        key: v.pipe(v.string(), v.maxLength(100)),
        params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
      }),
    ),
  }),
  v.check((value) => JSON.stringify(value).length < 50_000, 'assessment too large'),
  v.transform((value) => value as unknown as BrowserAssessment),
);

const StoredBrowserSchema = v.nullable(v.object({ at: epochMs, assessment: BrowserAssessmentSchema }));

export const browserAssessmentItem = storage.defineItem<StoredBrowserAssessment | null>('local:browserAssessment', {
  fallback: null,
  version: 1,
});

export function readBrowserAssessment(): Promise<StoredBrowserAssessment | null> {
  return readValidated(browserAssessmentItem, StoredBrowserSchema, null);
}

/** binance.com's camera permission as the Permissions API reports it, or 'unsupported' where it cannot be queried. */
export type SiteCameraPermission = PermissionState | 'unsupported';

/** binance.com's camera permission, as the content script last saw it (the extension's own differs). */
export interface StoredSiteCamera {
  state: SiteCameraPermission;
  at: number;
}

export const SiteCameraSchema = v.object({
  state: v.picklist(['granted', 'denied', 'prompt', 'unsupported']),
  at: epochMs,
});

export const siteCameraItem = storage.defineItem<StoredSiteCamera | null>('local:siteCameraPermission', {
  fallback: null,
  version: 1,
});

export function readSiteCamera(): Promise<StoredSiteCamera | null> {
  return readValidated(siteCameraItem, v.nullable(SiteCameraSchema), null);
}
