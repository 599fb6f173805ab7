/**
 * The trend with regions compared (issue 11 #4): each region's monthly line on an axis that makes them comparable,
 * attainment of its own annual target, or its value against the first month shown (an index, 100% = that month).
 * Pure functions of the regions' series: rows, legend, table and sentence.
 */
import type { Meta } from '../../api/meta'
import type { Series } from '../../api/series'
import type { LegendItem } from '../../charts/chartContent'
import { niceScale } from '../../charts/scale'
import type { TableData } from '../../lib/table'
import { colors } from '../../charts/theme'
import { formatMonth, formatPercent, type Lang } from '../../lib/format'
import { placeOf } from '../../lib/names'
import { attainment } from '../../lib/stats'
import type { CompareAxis, View } from '../../lib/view'
import { messages } from './messages'

/**
 * The compared regions' lines after the selected region's, in order: colours apart for colour-blind readers (after
 * Okabe–Ito, darkened to 3:1 on white) and each its own dash pattern, so no line depends on colour alone.
 */
export const COMPARE_LINES = [
  { color: colors.current, dash: undefined, width: 2.5 },
  { color: '#c25e00', dash: '6 3', width: 2 },
  { color: '#007a5e', dash: '2 2', width: 2 },
  { color: '#a2407f', dash: '8 3 2 3', width: 2 },
  { color: '#5b6472', dash: '12 4', width: 2 },
] as const

export interface ComparedRegion {
  id: string
  name: string
  /** the key of its values in the rows */
  key: string
  line: (typeof COMPARE_LINES)[number]
}

export interface Comparison {
  /** the axis drawn: attainment falls back to the index for a category without targets */
  axis: CompareAxis
  regions: ComparedRegion[]
  /** one row per month: `month`, then each region's ratio under its key */
  rows: ({ month: string } & Record<string, number | string | null>)[]
  scale: { domain: [number, number]; ticks: number[] }
  first: string
  end: string
}

/** `series` lists the selected region first, then the compared ones, each from the first month of the data. */
export function buildComparison(
  series: Series[],
  axis: CompareAxis,
  meta: Meta,
  view: Pick<View, 'lang' | 'from' | 'to'>,
): Comparison {
  const shown = series.map((s) => s.points.filter((p) => p.month >= view.from && p.month <= view.to))
  const used: CompareAxis =
    axis === 'attainment' && shown.every((points) => points.some((p) => p.target !== null)) ? 'attainment' : 'index'
  const regions = series.map((s, i) => ({
    id: s.region,
    name: placeOf(meta, s.region, view.lang).name,
    key: `r${s.region}`,
    line: COMPARE_LINES[i % COMPARE_LINES.length],
  }))
  const months = shown[0]?.map((p) => p.month) ?? []
  const rows = months.map((month) => {
    const row: { month: string } & Record<string, number | string | null> = { month }
    shown.forEach((points, i) => {
      const point = points.find((p) => p.month === month)
      const base = points[0]?.value ?? 0
      row[regions[i].key] = !point
        ? null
        : used === 'attainment'
          ? attainment(point.value, point.target)
          : base > 0
            ? point.value / base
            : null
    })
    return row
  })
  const values = rows.flatMap((row) => regions.map((r) => row[r.key])).filter((v): v is number => typeof v === 'number')
  return {
    axis: used,
    regions,
    rows,
    scale: niceScale([...values, 1]),
    first: months[0] ?? view.from,
    end: months.at(-1) ?? view.to,
  }
}

export function comparisonLegend(c: Comparison): LegendItem[] {
  return c.regions.map((r) => ({ label: r.name, color: r.line.color, width: r.line.width, dash: r.line.dash }))
}

/** A column per region: exactly the ratios plotted. */
export function comparisonTable(c: Comparison, lang: Lang): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'month', label: t.month, kind: 'month' },
      ...c.regions.map((r) => ({ key: r.key, label: r.name, kind: 'ratio' as const })),
    ],
    rows: c.rows,
  }
}

/** 「截至2024年8月底，各地区完成年度目标任务的比例：贵州109.8%，云南109.8%，全国109.1%。」 */
export function comparisonSummary(c: Comparison, meta: Meta, lang: Lang): string {
  const t = messages[lang]
  const last = c.rows.at(-1)
  const items = c.regions.flatMap((r) => {
    const value = last?.[r.key]
    return typeof value === 'number' ? [{ place: placeOf(meta, r.id, lang), shown: formatPercent(value, lang) }] : []
  })
  if (items.length === 0) return t.empty
  return t.summaryCompare({
    end: formatMonth(c.end, lang, 'full'),
    first: formatMonth(c.first, lang, 'full'),
    axis: c.axis,
    items,
  })
}

/** What the tooltip says of a month: the month, then each region's share as the table shows it. */
export function comparisonTooltip(c: Comparison, index: number, lang: Lang): string[] {
  const t = messages[lang]
  const row = c.rows[index]
  return [
    formatMonth(row.month, lang),
    ...c.regions.map((r) => {
      const value = row[r.key]
      return t.labelValue(r.name, typeof value === 'number' ? formatPercent(value, lang) : '—')
    }),
  ]
}
