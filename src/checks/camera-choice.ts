// The camera the user picked, remembered across runs. The label is kept beside the id because
// browsers re-issue device ids (cleared site data, a new profile) while the label stays the same.
import { storage } from 'wxt/utils/storage';

export interface CameraChoice {
  deviceId: string;
  label: string;
}

export const cameraChoiceItem = storage.defineItem<CameraChoice | null>('local:cameraChoice', {
  fallback: null,
  version: 1,
});

export interface CameraListing {
  deviceId: string;
  label: string;
}

/** The remembered camera among those present now (by id, else by label), or undefined. */
export function resolveCameraChoice(choice: CameraChoice | null, cameras: readonly CameraListing[]): string | undefined {
  if (!choice) return undefined;
  const byId = cameras.find((camera) => camera.deviceId && camera.deviceId === choice.deviceId);
  if (byId) return byId.deviceId;
  return cameras.find((camera) => choice.label && camera.label === choice.label)?.deviceId || undefined;
}
