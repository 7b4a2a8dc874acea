import { useI18n } from '../../i18n/context';
import type { PreflightRun } from '../../preflight/run';

/**
 * A failure state shown as such. For the camera, what was found and what to do are the report's
 * first fix (the camera-device check, which knows which it was), so they are not repeated here;
 * model and no-frames failures have no check row of their own and carry their fix here.
 */
export function FlowError({ run }: { run: PreflightRun }) {
  const { t } = useI18n();
  return (
    <div class="preflight-error" role="alert" data-testid="preflight-error" data-error={run.error}>
      <p>
        <strong>{t(`vision.flow.error.${run.error ?? 'camera'}`)}</strong>
      </p>
      {run.error !== 'camera' && <p>{t(`vision.flow.error.${run.error ?? 'model'}.fix` as 'vision.flow.error.model.fix')}</p>}
    </div>
  );
}
