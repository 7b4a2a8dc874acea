/** Saves a JSON file through a Blob URL: no network, no downloads permission. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function exportFileName(now: Date): string {
  return `kyc-preflight-export-${now.toISOString().slice(0, 10)}.json`;
}
