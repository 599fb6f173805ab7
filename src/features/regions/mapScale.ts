/**
 * The tile map's colours: classes with round breaks, from colour-blind-safe ColorBrewer schemes. Sequential (Blues)
 * for a value or an attainment, with 100% always a break so the legend marks the target; diverging around zero
 * (PuOr: orange for falls, purple for rises) for a change. Each tile prints its number too: nothing depends on colour.
 */
import { formatPercent, formatPersonsTick, type Lang } from '../../lib/format'
import type { RankMetric } from './regions'

/** ColorBrewer Blues, 7 classes: light to dark. */
export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'] as const
/** ColorBrewer PuOr, 6 classes, reversed: most negative (dark orange) to most positive (dark purple). */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'] as const

const INK = '#1d2330'

export interface ColorClass {
  /** the class holds values ≥ from (no lower bound when null) and < to (no upper bound when null) */
  from: number | null
  to: number | null
  fill: string
  /** dark or white text, whichever reads better on the fill */
  text: string
}

export interface MapScale {
  kind: 'sequential' | 'diverging'
  metric: RankMetric
  classes: ColorClass[]
  /** the break drawn as the target (100%), for attainment */
  target: number | null
}

/** A round step (1, 2, 2.5, 5 × 10ⁿ) at least `raw`. */
function roundStep(raw: number): number {
  if (!(raw > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw * (1 - 1e-9)) ?? power * 10
}

/** Snaps floating error off a break (0.1 + 0.2). */
const clean = (v: number) => Number(v.toPrecision(12))

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

function classesOf(breaks: number[], palette: readonly string[]): ColorClass[] {
  return [null, ...breaks].map((from, i) => {
    const fill = palette[i]
    return { from, to: i < breaks.length ? breaks[i] : null, fill, text: contrast(fill, INK) >= 4.5 ? INK : '#ffffff' }
  })
}

/** `n` colours spread over a sequential palette, light to dark. */
function spread(palette: readonly string[], n: number): string[] {
  if (n <= 1) return [palette[Math.floor(palette.length / 2)]]
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))])
}

/**
 * The classes for the values a map shows. Value: round breaks from 0 to the largest value (at most 6 classes).
 * Attainment: round steps either side of 100%, which is always a break. Change: six classes symmetric around 0.
 */
export function mapScale(values: readonly number[], metric: RankMetric): MapScale {
  const low = values.length ? Math.min(...values) : 0
  const high = values.length ? Math.max(...values) : 0
  if (metric === 'change') {
    const step = roundStep(Math.max(Math.abs(low), Math.abs(high)) / 3)
    const breaks = [-2, -1, 0, 1, 2].map((k) => clean(k * step))
    return { kind: 'diverging', metric, classes: classesOf(breaks, DIVERGING), target: null }
  }
  if (metric === 'attainment') {
    // Steps either side of 1, as many as the data spans, at most 5 breaks (6 classes) in all.
    let step = roundStep(Math.max(high - low, 0.02) / 4)
    let breaks: number[] = []
    for (;;) {
      breaks = []
      for (let k = Math.floor((low - 1) / step) + 1; 1 + k * step < high; k += 1) breaks.push(clean(1 + k * step))
      if (!breaks.includes(1)) breaks = [...breaks, 1].sort((a, b) => a - b)
      if (breaks.length <= 5) break
      step = roundStep(step * 1.01)
    }
    return { kind: 'sequential', metric, classes: classesOf(breaks, spread(SEQUENTIAL, breaks.length + 1)), target: 1 }
  }
  const step = roundStep(Math.max(high, 1) / 5)
  const breaks: number[] = []
  for (let b = step; b < high && breaks.length < 5; b = clean(b + step)) breaks.push(b)
  return { kind: 'sequential', metric, classes: classesOf(breaks, spread(SEQUENTIAL, breaks.length + 1)), target: null }
}

/** The class a value falls in. */
export function classOf(scale: MapScale, value: number): ColorClass {
  return scale.classes.find((c) => (c.from === null || value >= c.from) && (c.to === null || value < c.to))!
}

/** A break as the legend writes it: persons as axis ticks (100万, 1M), ratios as percentages, changes signed. */
export function formatBreak(value: number, scale: MapScale, lang: Lang): string {
  if (scale.metric === 'attainment') {
    const digits = Math.abs(Math.round(value * 100) - value * 100) < 1e-9 ? 0 : 1
    return formatPercent(value, lang, { digits })
  }
  const breaks = scale.classes.flatMap((c) => (c.to === null ? [] : [c.to]))
  const text = formatPersonsTick(value, lang, breaks)
  return scale.metric === 'change' && value > 0 ? `+${text}` : text
}

/** A class as the legend writes it: "<100万", "100万–200万", "≥300万" (Chinese has no spaces); "< 1M", "1M – 2M". */
export function classLabel(c: ColorClass, scale: MapScale, lang: Lang): string {
  const f = (v: number) => formatBreak(v, scale, lang)
  const s = lang === 'zh' ? '' : ' '
  if (c.from === null && c.to === null) return '—'
  if (c.from === null) return `<${s}${f(c.to!)}`
  if (c.to === null) return `≥${s}${f(c.from)}`
  return `${f(c.from)}${s}–${s}${f(c.to)}`
}
