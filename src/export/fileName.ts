import type { View } from '../lib/view'

/**
 * `<chart>_<region>_<category>_<from>_<to>_<compare>_<lang>.<ext>`, e.g. `trend_530000_total_2024-01_2024-08_mom_zh.png`:
 * every part of the view that changes the picture is in the name, so two different exports never share one. From ids
 * only, in safe ASCII whatever the ids contain (`_` separates the parts, so `key_county` is written `key-county`).
 */
export function exportFileName(
  parts: { chart: string } & Pick<View, 'region' | 'category' | 'from' | 'to' | 'compare' | 'lang'>,
  ext: 'png' | 'csv' | 'xlsx' | 'docx',
): string {
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x'
  const { chart, region, category, from, to, compare, lang } = parts
  return `${[chart, region, category, from, to, compare, lang].map(safe).join('_')}.${ext}`
}
