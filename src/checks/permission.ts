// The browser side of camera-permission (its row: environment/camera-permission.ts): the extension
// origin's own grant and origin, read where the pre-flight runs.

/** The extension origin's own camera permission, as the Permissions API gives it. */
export type OwnCameraPermission = PermissionState | 'unsupported';

/** The extension origin's own camera permission; 'unsupported' where the browser cannot say (never throws). */
export async function queryOwnCameraPermission(): Promise<OwnCameraPermission> {
  try {
    const status = await navigator.permissions.query({ name: 'camera' as PermissionName });
    return status.state;
  } catch {
    return 'unsupported';
  }
}

/** chrome-extension://<id> or moz-extension://<uuid> in an extension page; undefined elsewhere. */
export function ownExtensionOrigin(): string | undefined {
  try {
    return typeof location === 'object' && location.protocol.endsWith('-extension:') ? location.origin : undefined;
  } catch {
    return undefined;
  }
}
