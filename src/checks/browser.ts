// Kept only for checks/success-rates.ts, which another change owns this round; once it imports
// from ../browser/types this file goes. Nothing else may import it.
export type { BrowserFinding } from '../browser/types';
