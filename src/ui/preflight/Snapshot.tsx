// The last analysed picture with the problem marked: another face boxed, the oval a face fills at
// 30–50 cm, the darker side shaded. The picture lives only in this component's memory (a canvas
// handed over by the engine); it is never stored, exported or sent, and closing the page drops it.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import type { FrameSnapshot } from '../../preflight/run';
import type { CheckResult } from '../../report/types';
import { DISTANCE } from '../../checks/vision/distance';
import { MEASURING } from '../../vision/limits';

export type Mark = 'face' | 'oval' | 'dark';

/** Which marks a report's findings call for (none: the picture is not shown). */
export function marksFor(fixes: readonly Pick<CheckResult, 'id' | 'cause' | 'summary'>[]): Mark[] {
  const marks = new Set<Mark>();
  for (const check of fixes) {
    if (check.id === 'face-count' && (check.cause === 'several' || check.summary.key.endsWith('.several'))) marks.add('face');
    if (check.id === 'distance' || check.id === 'face-position' || check.id === 'head-pose') marks.add('oval');
    if (check.id === 'lighting' && (check.cause === 'uneven' || /uneven|shadows/.test(check.summary.key))) marks.add('dark');
  }
  return [...marks];
}

/**
 * The face's width as a share of the frame width at a distance, under the same assumed camera as the
 * distance estimate (65° across); a face is about 15 cm wide.
 */
export function faceWidthShare(distanceCm: number): number {
  const across = 2 * distanceCm * Math.tan(((MEASURING.assumedHfovDeg / 2) * Math.PI) / 180);
  return 15 / across;
}

function draw(canvas: HTMLCanvasElement, snapshot: FrameSnapshot, marks: readonly Mark[]) {
  const { width: w, height: h } = snapshot.canvas;
  canvas.width = w;
  canvas.height = h;
  const g = canvas.getContext('2d');
  if (!g) return;
  // Mirrored, like the live preview: the person sees themselves as in a mirror.
  g.save();
  g.translate(w, 0);
  g.scale(-1, 1);
  g.drawImage(snapshot.canvas, 0, 0);
  const faces = [...snapshot.faces].sort((a, b) => b.w * b.h - a.w * a.h);
  if (marks.includes('dark') && faces[0]) {
    const f = faces[0];
    const [x, y, fw, fh] = [f.x * w, f.y * h, f.w * w, f.h * h];
    const half = (left: boolean) => {
      const data = snapshot.canvas.getContext('2d')?.getImageData(left ? x : x + fw / 2, y, Math.max(1, fw / 2), Math.max(1, fh)).data;
      let sum = 0;
      for (let i = 0; data && i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
      return data ? sum / (data.length / 4) : 0;
    };
    const darkLeft = half(true) < half(false);
    g.fillStyle = 'rgba(15, 23, 42, 0.45)';
    g.fillRect(darkLeft ? x : x + fw / 2, y, fw / 2, fh);
  }
  g.lineWidth = Math.max(3, w / 160);
  if (marks.includes('face')) {
    g.lineWidth = Math.max(4, w / 110);
    g.strokeStyle = '#ef4444';
    for (const f of faces.slice(1)) g.strokeRect(f.x * w, f.y * h, f.w * w, f.h * h);
  }
  g.restore();
  if (marks.includes('oval')) {
    // A dark halo under a bright dashed line: visible on any skin, wall or light.
    g.lineWidth = Math.max(4, w / 110);
    for (const cm of [DISTANCE.passMinCm, DISTANCE.passMaxCm]) {
      const rx = (faceWidthShare(cm) * w) / 2;
      for (const [style, extra, dash] of [['rgba(0, 0, 0, 0.6)', 3, []], ['#4ade80', 0, [14, 8]]] as const) {
        g.strokeStyle = style;
        g.lineWidth = Math.max(4, w / 110) + extra;
        g.setLineDash([...dash]);
        g.beginPath();
        g.ellipse(w / 2, h / 2, rx, rx * 1.35, 0, 0, Math.PI * 2);
        g.stroke();
      }
    }
  }
}

export function Snapshot({ snapshot, marks }: { snapshot: FrameSnapshot; marks: readonly Mark[] }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) draw(canvas.current, snapshot, marks);
  }, [snapshot, marks.join()]);
  return (
    <figure class="snapshot" data-testid="snapshot" data-marks={marks.join(' ')}>
      <figcaption>{t('report.snapshot.title')}</figcaption>
      <canvas ref={canvas} role="img" aria-label={t('report.snapshot.alt')} />
      <ul class="snapshot-legend">
        {marks.map((mark) => (
          <li key={mark}>{t(`report.snapshot.${mark}` as MessageKey)}</li>
        ))}
      </ul>
    </figure>
  );
}
