import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { assertBuilt, CHROMIUM, CLIP_DIR } from './paths';

/** Fail loudly, never skip: the end-to-end suite is the product's proof. */
export default function globalSetup(): void {
  for (const [tool, args, install] of [
    [CHROMIUM, ['--version'], 'apt-get install -y chromium'],
    ['ffmpeg', ['-version'], 'apt-get install -y ffmpeg'],
  ] as const) {
    try {
      execFileSync(tool, args, { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing; the end-to-end tests need it. Install it with: ${install}`);
    }
  }
  assertBuilt();
  // Fresh clips every run: the filters may have changed since the last one.
  rmSync(CLIP_DIR, { recursive: true, force: true });
}
