import type { View } from '../lib/view'

/**
 * `<chart>_<region>_<category>_<from>_<to>_<compare>_<lang>.<ext>`, e.g. `trend_530000_total_2024-01_2024-08_mom_zh.png`:
 * every part of the view that changes the picture is in the name, so two different exports never share one. From ids
 * only, in safe ASCII whatever the ids contain (`_` separates the parts, so `key_county` is written `key-county`).
 * Every id is kept whole (four compared regions make a long name, which file systems take); only a name past what
 * file systems allow (MAX_NAME) has its longest part shortened, to its start and a hash of the whole, so that it
 * stays unique.
 */
export function exportFileName(
  parts: { chart: string } & Pick<View, 'region' | 'category' | 'from' | 'to' | 'compare' | 'lang'>,
  ext: 'png' | 'csv' | 'xlsx' | 'docx',
): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
  const { chart, region, category, from, to, compare, lang } = parts
  const names = [chart, region, category, from, to, compare, lang].map(safe)
  const length = () => names.join('_').length + 1 + ext.length
  if (length() > MAX_NAME) {
    const longest = names.reduce((a, b, i) => (b.length > names[a].length ? i : a), 0)
    const whole = names[longest]
    const keep = Math.max(1, whole.length - (length() - MAX_NAME) - 9)
    names[longest] = `${whole.slice(0, keep)}-${hash(whole)}`
  }
  return `${names.join('_')}.${ext}`
}

/** Bytes a file name may have on the common file systems (ext4, NTFS, APFS: 255), with room for a browser's " (1)". */
export const MAX_NAME = 240

/** A short, stable hash of a string (FNV-1a, 32 bits, 8 hex digits). */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(16).padStart(8, '0')
}
