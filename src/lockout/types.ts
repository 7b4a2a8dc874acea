/** What every context may know about the attempt budget (computed by the background). */
export interface AttemptStatus {
  /** Failed attempts counted in the current window. */
  used: number;
  /** Attempts left before the lock (0 while locked). */
  left: number;
  limit: number;
  locked: boolean;
  /** Epoch ms when the lock lifts; present only while locked. */
  unlockAt?: number;
}
