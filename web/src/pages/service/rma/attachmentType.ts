/**
 * What the server takes: photos (PNG, JPEG, WebP), PDFs and text logs. Browsers leave `type`
 * empty for a `.log` and call a CSV `text/csv`, so the name decides first.
 */
const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/plain',
  json: 'text/plain',
};

export const ATTACHMENT_ACCEPT = Object.keys(BY_EXTENSION)
  .map((ext) => `.${ext}`)
  .join(',');

/** The content type to send a file with; the server still checks the bytes. */
export function attachmentContentType(file: File): string {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  return BY_EXTENSION[ext] ?? (file.type || 'application/octet-stream');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
