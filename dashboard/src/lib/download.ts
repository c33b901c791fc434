// Saves a Blob as a file through the browser's download.

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after the click returns (a large one takes a while) and revoking at
  // once can cancel the download in some browsers: revoke late.
  setTimeout(() => URL.revokeObjectURL(url), 120_000);
}
