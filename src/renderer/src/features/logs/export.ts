/** Saves text as a file through a Blob link (works in the desktop window and in a browser). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the time the click returns; the URL can go once the task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
