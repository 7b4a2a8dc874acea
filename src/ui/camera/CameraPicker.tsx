// Lets the user choose which camera the pre-flight tests, and remembers it (storage/camera-choice.ts);
// openCamera() then opens the remembered camera when called without a device id.
import { useEffect, useState } from 'preact/hooks';
import { resolveCameraChoice } from '../../checks/remembered-camera';
import { cameraChoiceItem, readCameraChoice } from '../../storage/camera-choice';
import { listCameras, type ListedCamera } from '../../checks/open-camera';
import { useI18n } from '../../i18n/context';
import { cameraOptionLabel, camerasAreHidden } from './camera-options';

interface Props {
  onChange?: (deviceId: string) => void;
  /** Change it (e.g. after the camera was allowed) to list the cameras again with their names. */
  refreshKey?: unknown;
  disabled?: boolean;
}

export function CameraPicker({ onChange, refreshKey, disabled }: Props) {
  const { t } = useI18n();
  const [cameras, setCameras] = useState<ListedCamera[] | null>(null);
  const [selected, setSelected] = useState('');

  useEffect(() => {
    let alive = true;
    const load = async () => {
      const [list, choice] = await Promise.all([listCameras(), readCameraChoice()]);
      if (!alive) return;
      setCameras(list);
      setSelected(resolveCameraChoice(choice, list) ?? list[0]?.deviceId ?? '');
    };
    void load();
    // Plugging or unplugging a camera changes the list while the page is open.
    const media = navigator.mediaDevices;
    media?.addEventListener?.('devicechange', load);
    return () => {
      alive = false;
      media?.removeEventListener?.('devicechange', load);
    };
  }, [refreshKey]);

  if (cameras === null) return null;
  const hidden = camerasAreHidden(cameras);
  const choose = (deviceId: string) => {
    setSelected(deviceId);
    const camera = cameras.find((entry) => entry.deviceId === deviceId);
    void cameraChoiceItem.setValue({ deviceId, label: camera?.label ?? '' });
    onChange?.(deviceId);
  };

  return (
    <div class="camera-picker">
      <label for="camera-picker">{t('checks.picker.label')}</label>
      <select
        id="camera-picker"
        data-testid="camera-picker"
        value={selected}
        disabled={disabled || hidden || cameras.length === 0}
        onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
      >
        {cameras.length === 0 && <option value="">{t('checks.picker.none')}</option>}
        {cameras.map((camera, index) => (
          <option key={camera.deviceId || index} value={camera.deviceId}>
            {t(cameraOptionLabel(camera, index))}
          </option>
        ))}
      </select>
      {hidden && <p class="camera-picker-hint">{t('checks.picker.namesHidden')}</p>}
    </div>
  );
}
