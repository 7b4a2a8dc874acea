// The camera the user picked, remembered across runs. The label is kept beside the id because
// browsers re-issue device ids (cleared site data, a new profile) while the label stays the same.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { readValidated } from './validated';

export interface CameraChoice {
  deviceId: string;
  label: string;
}

const CameraChoiceSchema = v.nullable(
  v.object({ deviceId: v.pipe(v.string(), v.maxLength(500)), label: v.pipe(v.string(), v.maxLength(500)) }),
);

export const cameraChoiceItem = storage.defineItem<CameraChoice | null>('local:cameraChoice', {
  fallback: null,
  version: 1,
});

/** The remembered camera, or null when none was picked or what is stored does not parse. */
export function readCameraChoice(): Promise<CameraChoice | null> {
  return readValidated(cameraChoiceItem, CameraChoiceSchema, null);
}
