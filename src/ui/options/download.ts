import { downloadText } from '../../util/download';

/** The whole export bundle as pretty JSON. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, JSON.stringify(value, null, 2), 'application/json');
}

export function backupFileName(now: Date): string {
  return `kyc-preflight-export-${now.toISOString().slice(0, 10)}.json`;
}
