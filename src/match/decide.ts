// The ID match's decisions as pure functions of measurements: which quality finding an ID photo
// gets, and what a distance between two faces says.
import { ID_QUALITY as Q, MATCH } from './limits';

export type IdQualityCause =
  | 'id-no-face'
  | 'id-several-faces'
  | 'id-face-small'
  | 'id-blurry'
  | 'id-glare'
  | 'id-dark'
  | 'id-bright'
  | 'id-cut-off'
  | 'id-unreadable-file';

/** Every quality cause, listed once (the stored answer's schema and the report row's causes). */
export const ID_QUALITY_CAUSES = [
  'id-no-face',
  'id-several-faces',
  'id-face-small',
  'id-blurry',
  'id-glare',
  'id-dark',
  'id-bright',
  'id-cut-off',
  'id-unreadable-file',
] as const satisfies readonly IdQualityCause[];

export type Status = 'pass' | 'warn' | 'fail';
export type MatchAnswer = 'same' | 'unsure' | 'different' | 'unknown';

/** What was measured on the ID image (undefined where no face was found to measure it on). */
export interface IdMeasures {
  /** Widths (px) of the faces found, largest first. */
  faceWidths: number[];
  sharpness?: number;
  /** Share of the face box clipped to near white. */
  glare?: number;
  /** Mean luma of the face box (0–255). */
  luma?: number;
  /** Share of near-white pixels in the whole image (for a face hidden by a reflection). */
  imageGlare: number;
  /** Mean luma of the whole image. */
  imageLuma: number;
  /** The face box touches the image's edge (a card cut off when captured). */
  touchesEdge?: boolean;
}

export interface QualityFinding {
  status: Status;
  cause?: IdQualityCause;
}

/** Faces that count as people (a small ghost portrait does not). */
export function countedFaces(widths: readonly number[]): number {
  const largest = widths[0];
  if (largest === undefined) return 0;
  return widths.filter((w) => w >= largest * Q.secondFaceShare).length;
}

/** The most decisive finding first: nothing can be compared without exactly one readable face. */
export function judgeIdQuality(m: IdMeasures): QualityFinding {
  const faces = countedFaces(m.faceWidths);
  if (faces === 0) {
    if (m.imageGlare >= Q.glareWithoutFace) return fail('id-glare');
    if (m.imageLuma < Q.failDark) return fail('id-dark');
    return fail('id-no-face');
  }
  // In a very dark image the detector finds faces in the noise: the darkness is the finding.
  if (faces > 1) return fail(m.imageLuma < Q.failDark ? 'id-dark' : 'id-several-faces');
  const width = m.faceWidths[0]!;
  if (width < Q.failFacePx) return fail('id-face-small');
  if (m.touchesEdge) return fail('id-cut-off');
  const checks: [boolean, boolean, IdQualityCause][] = [
    [m.glare !== undefined && m.glare >= Q.failGlare, m.glare !== undefined && m.glare >= Q.warnGlare, 'id-glare'],
    [m.luma !== undefined && m.luma < Q.failDark, m.luma !== undefined && m.luma < Q.warnDark, 'id-dark'],
    [m.luma !== undefined && m.luma > Q.failBright, m.luma !== undefined && m.luma > Q.warnBright, 'id-bright'],
    [m.sharpness !== undefined && m.sharpness < Q.failSharpness, m.sharpness !== undefined && m.sharpness < Q.warnSharpness, 'id-blurry'],
  ];
  for (const [failed, , cause] of checks) if (failed) return fail(cause);
  if (width < Q.warnFacePx) return warn('id-face-small');
  for (const [, warned, cause] of checks) if (warned) return warn(cause);
  return { status: 'pass' };
}

const fail = (cause: IdQualityCause): QualityFinding => ({ status: 'fail', cause });
const warn = (cause: IdQualityCause): QualityFinding => ({ status: 'warn', cause });

/** An ID photo that fails quality is never compared: its answer is unknown, with no similarity. */
export function answerFor(distance: number | undefined, quality: QualityFinding): MatchAnswer {
  if (quality.status === 'fail' || distance === undefined || !Number.isFinite(distance)) return 'unknown';
  if (distance < MATCH.sameBelow) return quality.status === 'warn' ? 'unsure' : 'same';
  if (distance > MATCH.differentAbove) return 'different';
  return 'unsure';
}

/** Euclidean distance of two descriptors of the same length. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(sum);
}

/** The mean of several descriptors of one face (live frames). */
export function meanDescriptor(list: readonly ArrayLike<number>[]): Float32Array {
  const out = new Float32Array(list[0]?.length ?? 0);
  for (const d of list) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (d[i] ?? 0) / list.length;
  return out;
}
