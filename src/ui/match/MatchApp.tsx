// The ID match page (match.html): the ID photo in (a file, a drop, or a card held up to the
// camera), its quality, then the live face, then the answer in words. The ID image and both
// descriptors live in this component's memory only: nothing is stored, exported, logged or sent,
// and closing the page drops them (tests/e2e/match.spec.ts proves it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { openCamera } from '../../checks/open-camera';
import { causeText } from '../../checks/registry';
import type { IdQualityCause, MatchAnswer, Status } from '../../match/decide';
import { readIdFile, type UnreadableReason } from '../../match/image-file';
import { analyseImage, type Analysis } from '../../match/analyse';
import { LIVE_FRAMES } from '../../match/limits';
import { compare, grabFrame, lookAtLiveFrame, readIdAnalysis, readIdImage, steadyCard, type Assets, type IdReading, type LiveLook } from '../../match/session';
import { DescriptorLoadError } from '../../match/descriptor';
import { installMatchTestHook } from '../../match/test-hook';
import { saveIdMatch } from '../../storage/id-match';
import { Button } from '../components/Button';

const assets = (): Assets => ({
  mediapipe: browser.runtime.getURL('/mediapipe/face_landmarker.task').replace(/\/[^/]*$/, ''),
  // Root-relative on purpose: face-api rebuilds the URL by splitting on '/', which turns
  // "chrome-extension://id/…" into "chrome-extension:/id/…"; a path on the page's own origin survives.
  faceApi: '/face-api',
});

installMatchTestHook(assets);

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'id-camera'; found: boolean }
  | { kind: 'live'; look: LiveLook | 'starting' }
  | { kind: 'result'; answer: MatchAnswer; quality: Status; cause?: IdQualityCause; unreadable?: UnreadableReason; distance?: number }
  | { kind: 'error'; key: MessageKey; detail?: string };

const LOOK_KEY: Record<LiveLook | 'starting', MessageKey> = {
  starting: 'match.liveLooking',
  'no-face': 'match.liveNoFace',
  several: 'match.liveOneFace',
  ok: 'match.comparing',
};

const ADVICE: Record<'same' | 'unsure' | 'different', MessageKey[]> = {
  same: [],
  unsure: ['match.advice.glasses', 'match.advice.forehead', 'match.advice.makeup', 'match.advice.retake', 'match.advice.passport'],
  different: ['match.advice.makeup', 'match.advice.glasses', 'match.advice.forehead', 'match.advice.retake', 'match.advice.passport', 'match.advice.surgery'],
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function MatchApp() {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [dragging, setDragging] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const run = useRef(0); // bumped to stop a loop when the person starts again or leaves
  const fileInput = useRef<HTMLInputElement>(null);

  const stopCamera = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };
  useEffect(() => () => {
    run.current += 1;
    stopCamera();
  }, []);

  const ensureCamera = async (): Promise<boolean> => {
    if (stream.current) return true;
    const element = video.current;
    if (!element) return false;
    const opened = await openCamera(undefined, { video: element, fpsWindowMs: 0 });
    if (!opened.stream) {
      const cause = opened.check.cause;
      setStep({ kind: 'error', key: 'match.cameraError', detail: cause ? t(causeText(opened.check.id, cause, opened.check.measured).summary) : undefined });
      return false;
    }
    stream.current = opened.stream;
    return true;
  };

  /** Shows the answer and keeps only it and the quality finding (for the checklist and the report); a failed save costs nothing here. */
  const answer = (result: Extract<Step, { kind: 'result' }>) => {
    setStep(result);
    void saveIdMatch({ at: Date.now(), answer: result.answer, quality: result.quality, ...(result.cause ? { cause: result.cause } : {}) }).catch(() => undefined);
  };

  const finish = (id: IdReading, extra: Partial<Extract<Step, { kind: 'result' }>> = {}) =>
    answer({ kind: 'result', answer: 'unknown', quality: id.quality.status, cause: id.quality.cause, ...extra });

  /** The live face: a few good frames, averaged, against the ID's descriptor. */
  const matchLive = async (id: IdReading, token: number) => {
    setStep({ kind: 'live', look: 'starting' });
    if (!(await ensureCamera()) || token !== run.current) return;
    const descriptors: Float32Array[] = [];
    while (token === run.current && descriptors.length < LIVE_FRAMES) {
      const element = video.current;
      if (!element || element.videoWidth === 0) {
        await pause(100);
        continue;
      }
      const { look, descriptor } = await lookAtLiveFrame(grabFrame(element), assets());
      if (token !== run.current) return;
      setStep({ kind: 'live', look });
      if (descriptor) descriptors.push(descriptor);
      else await pause(200);
    }
    stopCamera();
    const outcome = compare(id, descriptors);
    if (outcome) finish(id, { answer: outcome.answer, distance: outcome.distance });
  };

  const afterIdReading = async (id: IdReading, token: number) => {
    if (token !== run.current) return;
    if (id.quality.status === 'fail' || !id.descriptor) {
      stopCamera();
      finish(id);
      return;
    }
    await matchLive(id, token);
  };

  const guarded = async (work: (token: number) => Promise<void>) => {
    const token = ++run.current;
    try {
      await work(token);
    } catch (error) {
      stopCamera();
      if (token !== run.current) return;
      setStep({ kind: 'error', key: error instanceof DescriptorLoadError ? 'match.modelError' : 'match.failed' });
    }
  };

  const takeFile = (file: File | undefined) => {
    if (!file) return;
    void guarded(async (token) => {
      setStep({ kind: 'reading' });
      const read = await readIdFile(file);
      if (token !== run.current) return;
      if (!read.ok) {
        // Kept like any other ID photo that will not read, so the report's fix-first list names it too.
        answer({ kind: 'result', answer: 'unknown', quality: 'fail', cause: 'id-unreadable-file', unreadable: read.reason });
        return;
      }
      const id = await readIdImage(read.image, assets());
      read.image.close();
      await afterIdReading(id, token);
    });
  };

  const takeFromCamera = () => {
    void guarded(async (token) => {
      setStep({ kind: 'id-camera', found: false });
      if (!(await ensureCamera())) return;
      let previous: Analysis | undefined;
      while (token === run.current) {
        const element = video.current;
        if (!element || element.videoWidth === 0) {
          await pause(100);
          continue;
        }
        const frame = grabFrame(element);
        const analysis = await analyseImage(frame, assets().mediapipe, true);
        if (token !== run.current) return;
        if (steadyCard(previous, analysis, frame.width)) {
          setStep({ kind: 'reading' });
          await afterIdReading(await readIdAnalysis(analysis, assets()), token);
          return;
        }
        setStep({ kind: 'id-camera', found: analysis.chip !== undefined });
        previous = analysis;
        await pause(150);
      }
    });
  };

  const restart = () => {
    run.current += 1;
    stopCamera();
    if (fileInput.current) fileInput.current.value = '';
    setStep({ kind: 'choose' });
  };

  const busy = step.kind === 'reading' || step.kind === 'id-camera' || step.kind === 'live';
  const showVideo = step.kind === 'id-camera' || step.kind === 'live';

  return (
    <main class="match">
      <h1>{t('match.title')}</h1>
      <p>{t('match.intro')}</p>
      <p class="note">{t('match.privacy')}</p>

      <section aria-labelledby="id-heading">
        <h2 id="id-heading">{t('match.chooseHeading')}</h2>
        <p>{t('match.chooseHint')}</p>
        <div
          class={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            takeFile(event.dataTransfer?.files[0]);
          }}
        >
          <label>
            {t('match.fileLabel')}{' '}
            <input
              ref={fileInput}
              type="file"
              accept="image/*"
              data-testid="id-photo-file"
              disabled={busy}
              onChange={(event) => takeFile((event.currentTarget as HTMLInputElement).files?.[0])}
            />
          </label>
          <span class="note">{t('match.dropHint')}</span>
          <Button data-testid="id-from-camera" disabled={busy} onClick={takeFromCamera}>
            {t('match.fromCamera')}
          </Button>
        </div>
        {step.kind === 'id-camera' && <p class="note">{t('match.cameraHint')}</p>}
      </section>

      <section aria-labelledby="live-heading" hidden={!showVideo}>
        <h2 id="live-heading">{step.kind === 'live' ? t('match.liveHeading') : t('match.fromCamera')}</h2>
        {step.kind === 'live' && <p>{t('match.liveHint')}</p>}
        <video ref={video} muted playsInline aria-label={t('common.cameraPreview')} />
      </section>

      <p role="status" aria-live="polite" data-testid="match-status">
        {step.kind === 'reading' && t('match.readingId')}
        {step.kind === 'id-camera' && t(step.found ? 'match.cameraSteady' : 'match.cameraLooking')}
        {step.kind === 'live' && t(LOOK_KEY[step.look])}
      </p>

      {step.kind === 'error' && (
        <div role="alert" data-testid="match-error">
          <p class="error">{t(step.key)}</p>
          {step.detail && <p>{step.detail}</p>}
          <Button onClick={restart}>{t('match.tryAnother')}</Button>
        </div>
      )}

      {step.kind === 'result' && <Result step={step} onRestart={restart} />}
    </main>
  );
}

function Result({ step, onRestart }: { step: Extract<Step, { kind: 'result' }>; onRestart: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const qualityKey = (step.cause ? `match.quality.${step.cause}` : 'match.quality.pass') as MessageKey;
  const advice = step.answer === 'unknown' ? [] : ADVICE[step.answer];
  return (
    <section
      class="match-result"
      data-testid="match-result"
      data-match={step.answer}
      data-id-quality={step.quality}
      data-cause={step.cause}
      data-distance={step.distance === undefined ? undefined : step.distance.toFixed(3)}
      aria-labelledby="result-heading"
    >
      <h2 id="result-heading" tabIndex={-1} ref={heading}>
        {t('match.resultHeading')}
      </h2>
      <p class="answer">{t(`match.answer.${step.answer}` as MessageKey)}</p>
      <p>
        {t(qualityKey)}
        {step.unreadable && <> {t(`match.unreadable.${step.unreadable}` as MessageKey)}</>}
        {step.quality === 'warn' && <> {t('match.qualityWarn')}</>}
      </p>
      {step.answer === 'same' && <p>{t('match.advice.same')}</p>}
      {advice.length > 0 && (
        <>
          <p>{t(step.answer === 'different' ? 'match.advice.different' : 'match.advice.unsure')}</p>
          <ul>
            {advice.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      )}
      {step.answer !== 'unknown' && <p class="note">{t('match.estimate')}</p>}
      <Button onClick={onRestart}>{t('match.tryAnother')}</Button>
    </section>
  );
}
