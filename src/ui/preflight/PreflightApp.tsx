import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';

type CameraState = { kind: 'idle' } | { kind: 'starting' } | { kind: 'live'; width: number; height: number };

export function PreflightApp() {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [camera, setCamera] = useState<CameraState>({ kind: 'idle' });

  // Never keep the camera once this page goes away: FaceTec would then see "device busy".
  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  const start = async () => {
    setCamera({ kind: 'starting' });
    const media = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
    stream.current = media;
    const element = video.current!;
    element.srcObject = media;
    await element.play();
    setCamera({ kind: 'live', width: element.videoWidth, height: element.videoHeight });
  };

  return (
    <main>
      <h1>{t('common.preflightTitle')}</h1>
      <p>{t('common.privacyNote')}</p>
      <button type="button" data-testid="run-preflight" onClick={() => void start()}>
        {t('common.runPreflight')}
      </button>
      <video ref={video} data-testid="camera-preview" aria-label={t('common.cameraPreview')} muted playsInline />
      <p role="status">
        {camera.kind === 'starting' && t('common.cameraStarting')}
        {camera.kind === 'live' && t('common.cameraLive', { width: camera.width, height: camera.height })}
      </p>
    </main>
  );
}
