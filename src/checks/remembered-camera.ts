// Which present camera the remembered choice (kept by src/storage/camera-choice.ts, handed in by the
// caller) points at. Matched by id, else by label, because browsers re-issue device ids while the
// label stays the same.

/** The remembered choice as this needs it (the stored item has this shape). */
export interface RememberedCamera {
  deviceId: string;
  label: string;
}

export interface CameraListing {
  deviceId: string;
  label: string;
}

/** The remembered camera among those present now (by id, else by label), or undefined. */
export function resolveCameraChoice(choice: RememberedCamera | null, cameras: readonly CameraListing[]): string | undefined {
  if (!choice) return undefined;
  const byId = cameras.find((camera) => camera.deviceId && camera.deviceId === choice.deviceId);
  if (byId) return byId.deviceId;
  return cameras.find((camera) => choice.label && camera.label === choice.label)?.deviceId || undefined;
}
