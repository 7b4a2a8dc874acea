// FaceTec rejects modified video (replay and deepfake detection), so a virtual camera fails even
// when it shows a real face; an infrared camera (Windows Hello) gives a grey, flat image that fails
// liveness. Both are recognisable only by their label, which the browser reveals after a grant.

const VIRTUAL_CAMERAS: readonly [RegExp, string][] = [
  [/\bOBS\b|OBS[- ]?(?:Virtual|Studio)/i, 'OBS Virtual Camera'],
  [/ManyCam/i, 'ManyCam'],
  [/Snap Camera/i, 'Snap Camera'],
  [/XSplit/i, 'XSplit VCam'],
  [/NVIDIA Broadcast/i, 'NVIDIA Broadcast'],
  [/DroidCam/i, 'DroidCam'],
  [/e2eSoft|\bVCam\b/i, 'e2eSoft VCam'],
  [/SplitCam/i, 'SplitCam'],
  [/CamTwist/i, 'CamTwist'],
  [/mmhmm/i, 'mmhmm'],
  [/Iriun/i, 'Iriun Webcam'],
  [/EpocCam/i, 'EpocCam'],
  [/Reincubate|\bCamo\b/i, 'Camo'],
  [/YouCam/i, 'YouCam'],
  [/Logi(?:tech)? Capture/i, 'Logitech Capture'],
  [/Elgato Camera Hub|Elgato Virtual/i, 'Elgato Camera Hub'],
  [/Streamlabs/i, 'Streamlabs'],
  [/ChromaCam/i, 'ChromaCam'],
  [/Avatarify|Animaze|VTube/i, 'avatar software'],
  [/\bvirtual\b/i, 'virtual camera'],
];

const INFRARED = /\bIR\b|infra-?red|Windows Hello/i;

export interface CameraLabelInfo {
  /** The product the label names, when it is a virtual camera. */
  virtual?: string;
  infrared: boolean;
}

export function classifyCameraLabel(label: unknown): CameraLabelInfo {
  const text = typeof label === 'string' ? label.slice(0, 256) : '';
  const virtual = VIRTUAL_CAMERAS.find(([pattern]) => pattern.test(text))?.[1];
  return { virtual, infrared: INFRARED.test(text) };
}
