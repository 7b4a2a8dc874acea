// Proof of camera release: every camera track a page opens is recorded on window.__cameraTracks
// (before the page's own scripts run), so a test can assert each one has ended. The recorder is a
// plain in-page function, so the Firefox suite (puppeteer) installs the same one.
import type { BrowserContext, Page } from '@playwright/test';

/** Runs inside the page: wraps getUserMedia to keep every track it hands out. */
export function installCameraTrackRecorder(): void {
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (!devices) return;
  const tracks: MediaStreamTrack[] = [];
  (window as unknown as { __cameraTracks: MediaStreamTrack[] }).__cameraTracks = tracks;
  const original = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    tracks.push(...stream.getTracks());
    // Registered after the page's own pagehide handler: what it sees is what the page left behind.
    window.addEventListener('pagehide', () => {
      void chrome.storage.session?.set({ testTracksAtPagehide: tracks.map((t) => t.readyState) });
    });
    return stream;
  };
}

export async function recordCameraTracks(context: BrowserContext): Promise<void> {
  await context.addInitScript(installCameraTrackRecorder);
}

/** The readyState of every recorded track (in-page; also usable through puppeteer's evaluate). */
export function readCameraTrackStates(): string[] {
  return (window as unknown as { __cameraTracks?: MediaStreamTrack[] }).__cameraTracks?.map((t) => t.readyState) ?? [];
}

export const cameraTrackStates = (page: Page): Promise<string[]> => page.evaluate(readCameraTrackStates);
