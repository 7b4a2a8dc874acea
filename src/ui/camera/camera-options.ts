import type { ListedCamera as ListedCamera } from '../../checks/open-camera';
import type { Message } from '../../i18n/translate';

/** How a camera is named in the picker: its label, flagged when FaceTec would reject it. */
export function cameraOptionLabel(camera: Pick<ListedCamera, 'label' | 'virtual' | 'infrared'>, index: number): Message {
  if (!camera.label) return { key: 'checks.picker.unnamed', params: { n: index + 1 } };
  if (camera.virtual) return { key: 'checks.picker.virtual', params: { label: camera.label } };
  if (camera.infrared) return { key: 'checks.picker.infrared', params: { label: camera.label } };
  return { key: 'checks.picker.named', params: { label: camera.label } };
}

/** Before the camera is allowed, browsers hide names and ids: there is nothing to choose yet. */
export function camerasAreHidden(cameras: readonly Pick<ListedCamera, 'deviceId' | 'label'>[]): boolean {
  return cameras.length > 0 && cameras.every((camera) => !camera.label || !camera.deviceId);
}
