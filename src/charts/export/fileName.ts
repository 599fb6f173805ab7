/** `<chart>_<region>_<category>_<month>.<ext>`, from ids only, in safe ASCII whatever the ids contain. */
export function exportFileName(
  parts: { chart: string; region: string; category: string; month: string },
  ext: 'png' | 'csv',
): string {
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x'
  return `${[parts.chart, parts.region, parts.category, parts.month].map(safe).join('_')}.${ext}`
}

/** Hands a blob to the browser as a download. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
