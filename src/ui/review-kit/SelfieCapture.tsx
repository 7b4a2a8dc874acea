// Guided capture of the three selfies: the live head-pose reading says when each angle is held
// (with light, sharpness and "only you" passing), the photo is taken then or on a click, and every
// photo is shown for review and retake. Photos are Blobs in this component's memory only; Save
// downloads them, closing the page drops them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import { grabStill, savePictures, startLiveCamera, type KitFrame, type LiveCamera } from '../../review-kit/capture';
import { selfieFileName } from '../../review-kit/files';
import { HoldTracker, nextShot, readShot, SHOT_IDS, type ShotId, type ShotReading } from '../../review-kit/shots';
import { Button } from '../components/Button';

interface Photo {
  blob: Blob;
  url: string;
  takenAt: Date;
}

type CameraState = 'off' | 'starting' | 'on' | 'error';

const assetBase = () => browser.runtime.getURL('/mediapipe/face_landmarker.task').replace(/\/[^/]*$/, '');
const shotKey = (shot: ShotId) => `reviewKit.shot.${shot}` as MessageKey;

export function SelfieCapture() {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const camera = useRef<LiveCamera | null>(null);
  const [state, setState] = useState<CameraState>('off');
  const [photos, setPhotos] = useState<Partial<Record<ShotId, Photo>>>({});
  const [current, setCurrent] = useState<ShotId | null>('front');
  const [reading, setReading] = useState<ShotReading | null>(null);
  const [hold, setHold] = useState(0);
  const [status, setStatus] = useState('');
  // The frame loop runs outside Preact's render: it reads the latest choices through refs.
  const live = useRef({ current, photos, grabbing: false });
  live.current.current = current;
  live.current.photos = photos;
  const tracker = useRef(new HoldTracker());
  const starting = useRef(false);

  // Each start or stop is a new generation: a start that finishes after a stop (or a second start)
  // releases its camera instead of taking over the page.
  const generation = useRef(0);
  const stop = () => {
    generation.current += 1;
    camera.current?.stop();
    camera.current = null;
    setState((s) => (s === 'error' ? s : 'off'));
    setReading(null);
  };

  const take = async (shot: ShotId) => {
    const element = video.current;
    if (!element || live.current.grabbing) return;
    live.current.grabbing = true;
    try {
      const blob = await grabStill(element);
      const photo = { blob, url: URL.createObjectURL(blob), takenAt: new Date() };
      const next = { ...live.current.photos };
      if (next[shot]) URL.revokeObjectURL(next[shot].url);
      next[shot] = photo;
      live.current.photos = next;
      setPhotos(next);
      setStatus(t('reviewKit.capture.taken', { shot: t(shotKey(shot)) }));
      tracker.current.reset();
      const following = nextShot(new Set(Object.keys(next) as ShotId[]));
      live.current.current = following;
      setCurrent(following);
      if (!following) stop(); // all three taken: free the camera at once
    } finally {
      live.current.grabbing = false;
    }
  };

  const onFrame = (frame: KitFrame) => {
    const shot = live.current.current;
    if (!shot) return;
    const read = readShot(shot, frame.faceCount, frame.metrics);
    const progress = tracker.current.update(read.ready, frame.at);
    setReading(read);
    setHold(progress);
    if (progress >= 1) void take(shot);
  };

  const start = async () => {
    if (!video.current || camera.current || starting.current) return;
    starting.current = true;
    const mine = (generation.current += 1);
    setState('starting');
    tracker.current.reset();
    try {
      const started = await startLiveCamera(video.current, assetBase(), onFrame);
      if (generation.current !== mine) return started.stop();
      camera.current = started;
      setState('on');
      // Only this camera's end turns the UI off: a previous camera (stopped before a retake)
      // may end after a new one has started.
      void started.ended.then(() => {
        if (camera.current !== started) return;
        camera.current = null;
        setState((s) => (s === 'on' ? 'off' : s));
      });
    } catch {
      if (generation.current !== mine) return;
      camera.current = null;
      setState('error');
    } finally {
      starting.current = false;
    }
  };

  // Leaving the page stops the camera; the photos' object URLs go with the page.
  useEffect(() => {
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
      for (const photo of Object.values(live.current.photos)) if (photo) URL.revokeObjectURL(photo.url);
    };
  }, []);

  const retake = (shot: ShotId) => {
    live.current.current = shot;
    setCurrent(shot);
    tracker.current.reset();
    if (!camera.current) void start();
  };

  const save = async () => {
    const list = SHOT_IDS.flatMap((shot) => {
      const photo = photos[shot];
      return photo ? [{ fileName: selfieFileName(shot, photo.takenAt), blob: photo.blob }] : [];
    });
    if (list.length === 0) return setStatus(t('reviewKit.save.nothing'));
    await savePictures(list);
    setStatus(t('reviewKit.save.done', { count: list.length }));
  };

  const yaw = reading?.yaw;
  const angleText =
    yaw === undefined || !reading?.side
      ? t('reviewKit.angle.none')
      : t(`reviewKit.angle.${reading.side}` as MessageKey, { deg: Math.round(Math.abs(yaw)) });
  const taken = SHOT_IDS.filter((shot) => photos[shot]);
  const conditions: [MessageKey, boolean | undefined][] = [
    ['reviewKit.cond.angle', reading?.angle],
    ['reviewKit.cond.light', reading?.light],
    ['reviewKit.cond.sharp', reading?.sharp],
    ['reviewKit.cond.single', reading?.single],
  ];

  return (
    <section class="kit-section" aria-labelledby="kit-selfies-title" data-testid="kit-selfies">
      <h2 id="kit-selfies-title">{t('reviewKit.selfies.title')}</h2>
      <p>{t('reviewKit.selfies.intro')}</p>
      <div class="kit-stage" hidden={state === 'off' || state === 'error'}>
        <video ref={video} muted playsInline aria-label={t('reviewKit.camera.preview')} />
      </div>
      <div class="kit-controls">
        {state === 'on' || state === 'starting' ? (
          <Button onClick={stop} data-testid="kit-camera-stop">{t('reviewKit.camera.stop')}</Button>
        ) : (
          <Button variant="primary" onClick={() => void start()} disabled={!current} data-testid="kit-camera-start">
            {t('reviewKit.camera.start')}
          </Button>
        )}
        {state === 'on' && current && (
          <Button onClick={() => void take(current)} data-testid="kit-capture">{t('reviewKit.capture.now')}</Button>
        )}
      </div>
      {state === 'starting' && <p role="status">{t('reviewKit.camera.starting')}</p>}
      {state === 'error' && <p class="alert alert-warn" role="alert" data-testid="kit-camera-error">{t('reviewKit.camera.error')}</p>}
      {state === 'on' && (
        <div class="kit-live" data-testid="kit-live">
          <p class="kit-current" data-testid="kit-current" data-shot={current ?? 'done'}>
            {current ? t('reviewKit.shot.current', { shot: t(shotKey(current)) }) : t('reviewKit.shot.allDone')}
          </p>
          <p
            class="kit-angle"
            data-testid="angle-indicator"
            data-side={reading?.side ?? 'none'}
            data-yaw={yaw === undefined ? '' : yaw.toFixed(1)}
            data-held={reading?.hint === 'held' && reading.ready ? 'true' : 'false'}
          >
            {angleText}
          </p>
          <p class="kit-hint" data-testid="kit-hint" data-hint={reading?.hint ?? 'find-face'}>
            {t(`reviewKit.hint.${reading?.hint ?? 'find-face'}` as MessageKey)}
          </p>
          <ul class="kit-conditions" aria-label={t('reviewKit.capture.auto')}>
            {conditions.map(([key, ok]) => (
              <li key={key} data-ok={ok ? 'true' : 'false'}>
                {t(key)}: {ok ? t('reviewKit.cond.ok') : t('reviewKit.cond.notYet')}
              </li>
            ))}
          </ul>
          <progress max={1} value={hold} aria-label={t('reviewKit.capture.auto')} />
        </div>
      )}
      {!current && taken.length > 0 && <p>{t('reviewKit.shot.allDone')}</p>}
      <h3>{t('reviewKit.review.title')}</h3>
      {taken.length === 0 ? (
        <p class="muted">{t('reviewKit.review.none')}</p>
      ) : (
        <ul class="kit-photos" data-testid="kit-photos">
          {taken.map((shot) => (
            <li key={shot} data-shot={shot} data-testid="kit-photo">
              <img src={photos[shot]!.url} alt={t('reviewKit.review.alt', { shot: t(shotKey(shot)) })} />
              <Button onClick={() => retake(shot)} data-testid={`kit-retake-${shot}`}>
                {t('reviewKit.review.retake', { shot: t(shotKey(shot)) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Button variant="primary" onClick={() => void save()} disabled={taken.length === 0} data-testid="kit-save">
          {t('reviewKit.save.button')}
        </Button>
      </p>
      <p role="status" aria-live="polite" data-testid="kit-status">{status}</p>
    </section>
  );
}
