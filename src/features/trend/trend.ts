/** The trend chart's rows, axis range, table and summary, as pure functions of the series. */
import type { Annotations } from '../../api/annotations'
import type { Meta } from '../../api/meta'
import type { Series } from '../../api/series'
import { niceScale } from '../../charts/scale'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersons, formatPersonsProse, type Lang } from '../../lib/format'
import { placeOf } from '../../lib/names'
import {
  attainment,
  change,
  describeMove,
  endMove,
  growthStreak,
  isYearRestart,
  type EndMove,
  type Streak,
} from '../../lib/stats'
import type { View } from '../../lib/view'
import { messages } from './messages'

export interface TrendRow {
  month: string
  value: number
  previousYear: number | null
  target: number | null
  /** the value again for months in the current growth streak, to draw them emphasised; null elsewhere */
  streak: number | null
  /** null for the first month of the data and for a January (the yearly count restarts) */
  mom: number | null
  yoy: number | null
}

export interface Trend {
  rows: TrendRow[]
  streak: Streak
  /** how the end month compares with the month before; null without rows */
  move: EndMove | null
  /** y-axis range and ticks that keep the data, last year's line and the target line all in view */
  scale: { domain: [number, number]; ticks: number[] }
  /** the months run over more than one calendar year, so their labels name the year */
  spansYears: boolean
  /** the months the x axis labels */
  monthTicks: string[]
}

/**
 * At most this many month labels on the x axis, so that they never crowd at the narrowest trend (about 600 px),
 * without measuring text: short labels (8月, Aug) within a year, long ones (2024年8月, Aug 2024) across years.
 */
export const MAX_MONTH_TICKS = { short: 12, long: 8 } as const

/** Every month when they fit, else every second (third…) month counted back from the last, which is always labelled. */
export function monthTicks(months: string[], max: number): string[] {
  const step = Math.ceil(months.length / max)
  return months.filter((_, i) => (months.length - 1 - i) % step === 0)
}

/**
 * `history` runs from the first month of the data to the end of the period (so the streak can start before the
 * period); the rows are the months from `from` on.
 */
export function buildTrend(history: Series, from: string): Trend {
  const streak = growthStreak(history.points)
  const rows: TrendRow[] = []
  history.points.forEach((p, i) => {
    if (p.month < from) return
    const inStreak = streak.from !== null && p.month >= streak.from
    rows.push({
      month: p.month,
      value: p.value,
      previousYear: p.previousYear,
      target: p.target,
      streak: inStreak ? p.value : null,
      mom: i > 0 && !isYearRestart(p.month) ? (change(p.value, history.points[i - 1].value)?.delta ?? null) : null,
      yoy: change(p.value, p.previousYear)?.delta ?? null,
    })
  })
  const all = rows.flatMap((r) => [r.value, r.previousYear, r.target]).filter((v): v is number => v !== null)
  const months = rows.map((r) => r.month)
  const spansYears = months.length > 0 && months[0].slice(0, 4) !== months[months.length - 1].slice(0, 4)
  const ticks = monthTicks(months, spansYears ? MAX_MONTH_TICKS.long : MAX_MONTH_TICKS.short)
  const move = rows.length > 0 ? endMove(history.points) : null
  return { rows, streak, move, scale: niceScale(all), spansYears, monthTicks: ticks }
}

export function trendTable(trend: Trend, lang: Lang, categoryLabel: string): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'month', label: t.month, kind: 'month' },
      { key: 'value', label: categoryLabel, kind: 'persons' },
      { key: 'previousYear', label: t.trendPreviousYear, kind: 'persons' },
      { key: 'target', label: t.trendTarget, kind: 'persons' },
    ],
    rows: trend.rows.map((r) => ({ month: r.month, value: r.value, previousYear: r.previousYear, target: r.target })),
  }
}

/** What the tooltip says of a month: the month, its value, the changes on the month before and a year before, the target. */
export function trendTooltip(row: TrendRow, lang: Lang): string[] {
  const t = messages[lang]
  const signed = (n: number | null) => (n === null ? '—' : formatPersons(n, lang, { signed: true }))
  return [
    formatMonth(row.month, lang),
    t.labelValue(t.trendCurrent, formatPersons(row.value, lang)),
    t.labelValue(t.mom, signed(row.mom)),
    t.labelValue(t.yoy, signed(row.yoy)),
    ...(row.target !== null ? [t.labelValue(t.trendTarget, formatPersons(row.target, lang))] : []),
  ]
}

/**
 * The trend in one sentence, anchored to the end month: 「截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，
 * 达3295.3万人，完成年度目标任务的109.1%。」 With no month before, or in a January, it says why there is no comparison.
 */
export function trendSummary(trend: Trend, meta: Meta, view: Pick<View, 'lang' | 'region' | 'category'>): string {
  const { lang } = view
  const t = messages[lang]
  const last = trend.rows[trend.rows.length - 1]
  const ratio = attainment(last.value, last.target)
  const sentence = t.summaryTrend({
    end: formatMonth(last.month, lang, 'full'),
    subject: t.subject(view.category, placeOf(meta, view.region, lang)),
    move: describeMove(trend.move ?? { kind: 'first' }, trend.streak, lang),
    value: formatPersonsProse(last.value, lang),
    pct: ratio === null ? null : formatPercent(ratio, lang),
  })
  // one month draws a dot, not a trend: say so, rather than leave the reader looking for lines
  return trend.rows.length === 1 ? `${sentence}${lang === 'zh' ? '' : ' '}${t.trendOneMonth}` : sentence
}

/**
 * Programme periods clipped to the rows shown, for shaded bands. Every band drawn is named (a band without a name
 * leaves the reader guessing), hung from the side nearer the middle of the chart so that it never runs off an edge,
 * on alternate lines as a first choice; the chart moves a name to another line where it would run into one.
 */
export function visibleAnnotations(annotations: Annotations | undefined, rows: TrendRow[]) {
  if (!annotations || rows.length === 0) return []
  const first = rows[0].month
  const last = rows[rows.length - 1].month
  const index = (month: string) => rows.findIndex((r) => r.month === month)
  const visible = annotations.items
    .filter((a) => a.to >= first && a.from <= last)
    .map((a) => ({ ...a, from: a.from < first ? first : a.from, to: a.to > last ? last : a.to }))
  return visible.map((a, i) => {
    const middle = (index(a.from) + index(a.to)) / 2
    return {
      ...a,
      label: { align: middle <= (rows.length - 1) / 2 ? ('start' as const) : ('end' as const), line: i % 2 },
    }
  })
}
