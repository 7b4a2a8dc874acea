// The fake-camera recipe shared by the e2e suite and `npm run eval` (scripts/camera-clips.mjs): a photo clip is
// the condition's picture alone; a webcam clip adds noise that grows in dim light, the settling ramp, sway and
// MJPEG, at 30 fps that halves in dim light; a camera of another native size shows the picture as its middle 4:3.
import { describe, expect, it } from 'vitest';
import { cameraFps, clipCommands, clipGraph, FRAME } from '../../scripts/camera-clips.mjs';

const condition = { photo: 'a.jpg', filters: 'gblur=sigma=2' };

describe('camera clips', () => {
  it('a photo clip is the framed picture and the condition, nothing else, at 15 fps', () => {
    expect(clipGraph(condition)).toBe(`${FRAME},gblur=sigma=2`);
    expect(cameraFps({ axis: 'photo' })).toBe(15);
    const commands = clipCommands('a.jpg', condition, { axis: 'photo' }, 'out.y4m');
    expect(commands).toHaveLength(1);
    expect(commands[0]).toEqual(expect.arrayContaining(['-r', '15', 'out.y4m']));
  });

  it('a webcam adds sway, the settling ramp and noise after the condition; dim light doubles the noise and halves the rate', () => {
    const normal = clipGraph(condition, { axis: 'webcam' });
    expect(normal.startsWith(`${FRAME},gblur=sigma=2,`)).toBe(true);
    expect(normal).toMatch(/crop=640:480:x='[^']*sin/);
    expect(normal).toMatch(/eq=brightness='-0\.2\*max\(0,1-t\)'.*eval=frame/);
    const strength = (graph: string) => Number(/noise=alls=(\d+):allf=t/.exec(graph)?.[1]);
    expect(strength(clipGraph({ ...condition, light: 'dim' }, { axis: 'webcam' }))).toBeGreaterThan(2 * strength(normal));
    expect(cameraFps({ axis: 'webcam' })).toBe(30);
    expect(cameraFps({ axis: 'webcam', light: 'dim' })).toBe(15);
  });

  it('a webcam clip goes through MJPEG and back, so the compression is in the frames', () => {
    const [encode, decode] = clipCommands('a.jpg', condition, { axis: 'webcam' }, 'out.y4m');
    expect(encode).toEqual(expect.arrayContaining(['-c:v', 'mjpeg', 'out.y4m.mjpeg']));
    expect(decode).toEqual(expect.arrayContaining(['-i', 'out.y4m.mjpeg', 'out.y4m']));
  });

  it('a 16:9 camera holds the 640x480 picture as its middle 4:3 part, full height', () => {
    expect(clipGraph(condition, { width: 1280, height: 720 })).toContain('[cam_a]scale=1280:720,boxblur=20[cam_side];[cam_b]scale=960:720[cam_mid];[cam_side][cam_mid]overlay=(W-w)/2:0');
    expect(clipGraph(condition, { width: 1920, height: 1080 })).toContain('scale=1440:1080[cam_mid]');
    expect(clipGraph(condition, { width: 640, height: 480 })).not.toContain('cam_mid');
  });
});
