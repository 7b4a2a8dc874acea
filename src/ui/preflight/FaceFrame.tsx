import type { NormRect } from '../../vision/types';

/**
 * The face frame over the (mirrored) preview: green when pose, distance and position are right,
 * red when not, like FaceTec's own oval. The box comes in raw frame coordinates, so it is mirrored
 * here to sit on the face the user sees.
 */
export function FaceFrame({ box, ok, label }: { box?: NormRect; ok: boolean; label: string }) {
  if (!box) return null;
  const pad = 0.08;
  const x = 1 - (box.x + box.w) - box.w * pad;
  const y = box.y - box.h * pad * 1.5;
  return (
    <svg class="face-frame" viewBox="0 0 1 1" preserveAspectRatio="none" role="img" aria-label={label} data-testid="face-frame" data-ok={ok}>
      <ellipse
        cx={x + (box.w * (1 + 2 * pad)) / 2}
        cy={y + (box.h * (1 + 3 * pad)) / 2}
        rx={(box.w * (1 + 2 * pad)) / 2}
        ry={(box.h * (1 + 3 * pad)) / 2}
        class={ok ? 'face-frame-ok' : 'face-frame-bad'}
        vector-effect="non-scaling-stroke"
      />
    </svg>
  );
}
