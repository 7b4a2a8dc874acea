import { useI18n } from '../../i18n/context';
import type { PreflightRun } from '../../preflight/engine';
import { RepairActions } from '../report/RepairActions';

/**
 * A failure state shown as such, with its fix: no camera / permission denied / camera busy come
 * from the camera-device check (which knows which it was); model and no-frames are ours.
 */
export function FlowError({ run }: { run: PreflightRun }) {
  const { t } = useI18n();
  const camera = run.error === 'camera' ? run.cameraCheck : undefined;
  return (
    <div class="preflight-error" role="alert" data-testid="preflight-error" data-error={run.error}>
      <p>
        <strong>{t(`vision.flow.error.${run.error ?? 'camera'}`)}</strong>
      </p>
      {camera ? (
        <>
          <p>{t(camera.summary)}</p>
          {camera.fix && <p>{t(camera.fix)}</p>}
          {camera.actions && <RepairActions actions={camera.actions} />}
        </>
      ) : (
        run.error !== 'camera' && <p>{t(`vision.flow.error.${run.error ?? 'model'}.fix` as 'vision.flow.error.model.fix')}</p>
      )}
    </div>
  );
}
