// Saving a file from page memory (the review kit's pictures, a report export, the data export):
// DOM-only, below every feature, so engines and pages share one helper.
/** Saves a Blob as a file through a Blob URL: no network, no `downloads` permission. */
export function downloadBlob(fileName: string, blob: Blob): void {
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

/** Saves text as a file (see downloadBlob). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
