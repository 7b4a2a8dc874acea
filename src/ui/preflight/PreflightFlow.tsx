// The one pre-flight flow UI, used by the pre-flight page and inline in the popup. It renders
// what the run (src/preflight/run.ts) reports; the run owns the camera.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { sendMessage } from '../../messaging/protocol';
import { runPreflight, type LiveFrame, type PreflightRun, type Stage } from '../../preflight/run';
import { CameraPicker } from '../camera/CameraPicker';
import { Button } from '../components';
import { ReportView } from '../report/ReportView';
import { FaceFrame } from './FaceFrame';
import { FlowError } from './FlowError';
import { GoToVerification } from './BackToVerification';
import { LiveChips } from './LiveChips';
import { marksFor, Snapshot } from './Snapshot';
import { fixFirst } from '../../report/fix-order';
import { keepLastReport, readLastReport } from '../../storage/last-report';
import { preloadLandmarker } from '../../vision/video-landmarker';
import { TEST_BUILD } from '../../util/test-build';
import { testCoachLimit } from '../../preflight/limits';
import './preflight.css';

declare global {
  interface Window {
    /** Test builds only: the last run's engine timings, read by scripts/bench.mjs (never sent anywhere). */
    __kycPreflightTimings?: Record<string, number>;
    /** Test builds only: the last report, read by scripts/eval.mjs and the e2e suite for the measured values. */
    __kycPreflightReport?: PreflightRun['report'];
    __kycPreflightJudged?: PreflightRun['judged'];
  }
}

/** The folder of the shipped model and wasm (typed public paths name files, not folders). */
const assetBase = () => browser.runtime.getURL('/mediapipe/face_landmarker.task').replace(/\/[^/]*$/, '');

type Phase = { kind: 'idle'; stopped?: boolean } | { kind: 'running'; stage: Stage } | { kind: 'done'; run: PreflightRun };

export interface PreflightFlowProps {
  source: 'page' | 'popup';
  /**
   * Start at once on mount: the popup's "Run pre-flight" click already asked for the run, so it
   * takes one click, not two. The start control stays (disabled while running, then "check again").
   */
  autoStart?: boolean;
  /** The binance.com tab this page was opened from (preflight.html?returnTab=), for "Go to verification". */
  returnTab?: number;
  /** preflight.html?report=<id> ("View report" in the popup): show that report, kept for this browser session. */
  reportId?: string;
}

export function PreflightFlow({ source, autoStart = false, returnTab, reportId }: PreflightFlowProps) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const controller = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [live, setLive] = useState<LiveFrame | null>(null);

  // The model loads while the user reads the page, starting once the page is idle (after its first
  // paint and input handlers are ready), so the click then finds it (nearly) ready. A click before
  // that starts it itself. Each page load is a fresh model: nothing is created before the page.
  useEffect(() => {
    const idle = window.requestIdleCallback?.(() => preloadLandmarker(assetBase()), { timeout: 300 });
    return () => (idle !== undefined ? window.cancelIdleCallback(idle) : undefined);
  }, []);

  // Closing the page or popup, navigating away, or unmounting aborts the run, which stops every
  // camera track at once: FaceTec must never find the camera busy.
  useEffect(() => {
    const stop = () => controller.current?.abort();
    window.addEventListener('pagehide', stop);
    window.addEventListener('beforeunload', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      window.removeEventListener('beforeunload', stop);
      stop();
    };
  }, []);

  const start = async () => {
    const startedAt = performance.now();
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setLive(null);
    setPhase({ kind: 'running', stage: 'starting' });
    const run = await runPreflight({
      video: video.current!,
      source,
      startedAt,
      // Production: undefined, so COACH.limitMs (the parameter's name is folded away with the branch).
      limitMs: TEST_BUILD ? testCoachLimit(new URLSearchParams(location.search).get('coachLimitMs')) : undefined,
      coachToLimit: TEST_BUILD ? new URLSearchParams(location.search).has('holdUntilLimit') : undefined,
      assetBase: assetBase(),
      signal: abort.signal,
      // A stopped (or replaced) run may still report on its way out: only the current run speaks.
      onStage: (stage) => controller.current === abort && setPhase({ kind: 'running', stage }),
      onLive: (frame) => controller.current === abort && setLive(frame),
    });
    if (run.aborted || controller.current !== abort) return;
    if (TEST_BUILD) {
      window.__kycPreflightTimings = run.report.timings;
      window.__kycPreflightReport = run.report;
      window.__kycPreflightJudged = run.judged;
    }
    setPhase({ kind: 'done', run });
    sendMessage('bg:save-report', run.report).catch(() => undefined); // storage is a bonus, never a blocker
    void keepLastReport(run.report);
  };

  /** Stop a live run: the camera is released at once (the camera session's abort path) and nothing is reported. */
  const stop = () => {
    controller.current?.abort();
    controller.current = null;
    setLive(null);
    setPhase({ kind: 'idle', stopped: true });
  };

  useEffect(() => {
    if (reportId) void readLastReport(reportId).then((report) => report && setPhase((now) => (now.kind === 'idle' ? { kind: 'done', run: { report } } : now)));
  }, []);

  // Once, on mount; the video element exists by then (it is always rendered, hidden until running).
  useEffect(() => {
    if (autoStart) void start();
  }, []); // only the first mount starts a run

  const running = phase.kind === 'running';
  const done = phase.kind === 'done' ? phase.run : undefined;
  const coaching = running ? live?.coaching : undefined;
  const status =
    phase.kind !== 'running'
      ? phase.kind === 'idle' && phase.stopped
        ? t('ui.flow.stopped')
        : ''
      : phase.stage === 'starting'
        ? t('vision.flow.starting')
        : phase.stage === 'finishing'
          ? t('vision.flow.finishing')
          : t('ui.flow.live', { s: Math.max(0, Math.ceil(((live?.limitMs ?? 0) - (live?.elapsedMs ?? 0)) / 1000)) });
  const startButton = (
    <Button
      variant={done ? 'secondary' : 'primary'}
      size={done ? 'normal' : 'large'}
      data-testid="run-preflight"
      disabled={running}
      onClick={() => void start()}
    >
      {done ? t('ui.flow.again') : t('ui.flow.start')}
    </Button>
  );
  const fixes = done ? fixFirst(done.report.checks) : [];
  const marks = done?.snapshot ? marksFor(fixes) : [];
  return (
    <div class={`preflight-flow ${source === 'popup' ? 'in-popup' : ''}`} data-phase={phase.kind}>
      {phase.kind === 'idle' && <p>{t('ui.flow.intro')}</p>}
      {/* Which camera to test, chosen before the run and remembered (openCamera opens it). The page
          only: the popup is too small and runs the remembered one. Relisted after each run, when
          the granted camera's names can be read. */}
      {source === 'page' && !done && <CameraPicker disabled={running} refreshKey={undefined} />}
      <div class="preflight-stage" hidden={!running}>
        <video ref={video} data-testid="camera-preview" aria-label={t('common.cameraPreview')} muted playsInline />
        {coaching && live && (
          <FaceFrame
            box={live.box}
            ok={coaching.frameOk}
            label={t(coaching.frameOk ? 'vision.flow.faceFrameOk' : 'vision.flow.faceFrameBad')}
          />
        )}
      </div>
      {running && (
        <p class="preflight-instruction" aria-live="polite" data-testid="preflight-instruction" data-focus={coaching?.focus ?? ''}>
          {coaching ? (coaching.focus ? t(coaching.instruction) : t('ui.flow.holding')) : ''}
        </p>
      )}
      {coaching && <LiveChips checks={coaching.checks} focus={coaching.focus} />}
      {!done && (
        <div class="preflight-controls">
          {startButton}
          {running && (
            <Button data-testid="stop-preflight" onClick={stop}>
              {t('ui.flow.stop')}
            </Button>
          )}
        </div>
      )}
      <p role="status" class="muted">
        {status}
      </p>
      {done?.error && <FlowError run={done} />}
      {done && (
        <ReportView
          report={done.report}
          next={<GoToVerification tabId={returnTab} />}
          aside={
            <div class="report-aside">
              {done.snapshot && marks.length > 0 && <Snapshot snapshot={done.snapshot} marks={marks} />}
              <div class="preflight-controls">{startButton}</div>
              {source === 'page' && <CameraPicker disabled={false} refreshKey={done} />}
            </div>
          }
        />
      )}
    </div>
  );
}
