// Every number the ID match decides by, with why it sits where it does. Calibrated on the tuning
// pairs of tests/match-pairs.json (scripts/eval-match.mjs); the held-out pairs only measure
// (docs/eval.md, "ID match").

export const ID_FILE = {
  /** The contract's limit: a phone photo is 2–8 MB, a scan rarely over 20; beyond 25 MB it is not an ID photo. */
  maxBytes: 25 * 1024 * 1024,
} as const;

export const ID_QUALITY = {
  /**
   * A second face counts when it is at least this share of the largest one's width: many ID cards
   * print a small "ghost" copy of the portrait (about a third of its size), which is not a second person.
   */
  secondFaceShare: 0.5,
  /** Face width in the image, px. face-api's descriptor reads a 150 px chip: under 60 px it invents most of it, under 90 it loses detail. */
  failFacePx: 60,
  warnFacePx: 90,
  /** Sharpness of the 150 px face chip (vision/sharpness.ts): the sharp cards read 0.074–0.14 and the photos 0.10–0.20; gblur sigma 7 reads 0.027–0.040 and a 36 px portrait 0.049. */
  failSharpness: 0.05,
  warnSharpness: 0.065,
  /** Share of the face box's pixels clipped to near white (all channels ≥ 240): a reflection over the portrait. */
  glareLevel: 240,
  warnGlare: 0.06,
  failGlare: 0.15,
  /** With no face found, this share of near-white pixels in the whole image means a reflection is the likely reason. */
  glareWithoutFace: 0.02,
  /** Mean luma (0–255) of the face box. */
  failDark: 45,
  warnDark: 70,
  warnBright: 200,
  failBright: 225,
} as const;

/**
 * Euclidean distance between face-api's 128-d descriptors (its own documentation uses 0.6 as
 * "same person"). Ours sits lower because a wrong "same" costs the user an attempt, a wrong
 * "different" only a second look: see docs/eval.md for the pairs either side.
 */
export const MATCH = {
  sameBelow: 0.5,
  differentAbove: 0.6,
} as const;

/**
 * How long an answer stands (the checklist's tick, the report's row): a face and an ID photo do
 * not change faster than a day, while glasses, makeup and the light of the next try may.
 */
export const ANSWER_VALID_MS = 24 * 3_600_000;

/** Live frames whose descriptors are averaged: one frame's blink or blur should not decide. */
export const LIVE_FRAMES = 3;
