/** Medians, extremes and p95 over repeated runs, and how the report writes them. */
export interface Stats {
  median: number
  min: number
  max: number
  p95: number
  n: number
}

export function stats(values: number[]): Stats {
  const s = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return { median: NaN, min: NaN, max: NaN, p95: NaN, n: 0 }
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  return { median: mid, min: s[0], max: s[s.length - 1], p95: at(0.95), n: s.length }
}

export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d
export const pct = (x: number) => `${x >= 0 ? '+' : ''}${round(x * 100)}%`
/** median (min–max; p95), or n/a when nothing was measured */
export const fmt = (s: Stats, d = 0) =>
  s.n === 0 ? 'n/a' : `${round(s.median, d)} (${round(s.min, d)}–${round(s.max, d)}; p95 ${round(s.p95, d)})`
