/** The trend chart's rows, axis range, table and summary, as pure functions of the series. */
import type { Annotations } from '../../api/annotations'
import type { Meta } from '../../api/meta'
import type { Series } from '../../api/series'
import { niceScale } from '../../charts/scale'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersons, formatPersonsProse, type Lang } from '../../lib/format'
import { capitalise } from '../../lib/grammar'
import { placeOf, regionName } from '../../lib/names'
import {
  attainmentOf,
  compareFigures,
  figureIn,
  seriesMonths,
  streakOf,
  yearBefore,
  type Comparison,
  type Missing,
  type Move,
  type MoveStreak,
  type ReportsContext,
} from '../../lib/reports'
import { basisText, changeCompact, describeMove, missingText, statusText, withheldText } from '../../lib/reportsText'
import type { View } from '../../lib/view'
import { messages } from './messages'

export interface TrendRow {
  month: string
  /** the figure as received: for an incomplete month, the sum of the reports received */
  value: number
  previousYear: number | null
  target: number | null
  /** who has not reported the month's figure (a national sum); null when it is complete */
  missing: Missing | null
  /** the value again for months in the current growth streak, to draw them emphasised; null elsewhere */
  streak: number | null
  /** the change on the month before and on a year before, as the rule compares them (lib/reports.ts) */
  compared: { mom: Comparison | null; yoy: Comparison | null }
  /** the changes' numbers, where there is one (on comparable figures, rounded as shown); null where not compared */
  mom: number | null
  yoy: number | null
}

export interface Trend {
  rows: TrendRow[]
  streak: MoveStreak
  /** how the end month compares with the month before; null without rows */
  move: Move | null
  /**
   * the end month of the view when the region has not reported it (the rows then end earlier): what the summary says
   * first
   */
  absentEnd: string | null
  /** y-axis range and ticks that keep the data, last year's line and the target line all in view */
  scale: { domain: [number, number]; ticks: number[] }
  /** the months run over more than one calendar year, so their labels name the year */
  spansYears: boolean
  /** the months the x axis labels */
  monthTicks: string[]
  /** the rule's context the trend was built with, for its sentences */
  reports: ReportsContext
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

/** Without /monitoring: incomplete figures are known by count only, and their comparisons withheld. */
const NO_REPORTS: ReportsContext = { nationalId: '', monitoring: undefined }

/**
 * `history` runs from the first month of the data to the end of the period (so the streak can start before the
 * period); the rows are the months from `from` on. `reports` carries /monitoring when at hand, so that a month with a
 * report missing is compared on the provinces that reported (lib/reports.ts). `to` is the view's end month.
 */
export function buildTrend(history: Series, from: string, reports: ReportsContext = NO_REPORTS, to?: string): Trend {
  const first = [history.points[0]?.month, ...(history.notReported ?? [])].filter(Boolean).sort()[0] ?? from
  const months = seriesMonths(history, reports, first)
  const streak = streakOf(months)
  const subject = { ...reports, category: history.category, region: history.region }
  const rows: TrendRow[] = []
  history.points.forEach((p, i) => {
    if (p.month < from) return
    const month = months[i]
    // the streak is emphasised on complete figures only: a short sum drawn thick would look like a fall in a rise
    const inStreak = streak.from !== null && p.month >= streak.from && month.missing === null
    const now = figureIn(history, p.month, reports)!
    // the year before from the series itself, which says whether it was complete; else as the point gives it
    const lastYear =
      figureIn(history, yearBefore(p.month), reports) ??
      (p.previousYear === null ? null : { month: yearBefore(p.month), value: p.previousYear, missing: null })
    const mom = month.move.kind === 'first' || month.move.kind === 'restart' ? null : compareMove(month.move)
    const yoy = lastYear ? compareFigures(subject, now, lastYear) : null
    rows.push({
      month: p.month,
      value: p.value,
      previousYear: p.previousYear,
      target: p.target,
      missing: month.missing,
      streak: inStreak ? p.value : null,
      compared: { mom, yoy },
      mom: mom?.kind === 'change' ? mom.delta : null,
      yoy: yoy?.kind === 'change' ? yoy.delta : null,
    })
  })
  const all = rows.flatMap((r) => [r.value, r.previousYear, r.target]).filter((v): v is number => v !== null)
  const shown = rows.map((r) => r.month)
  const spansYears = shown.length > 0 && shown[0].slice(0, 4) !== shown[shown.length - 1].slice(0, 4)
  const ticks = monthTicks(shown, spansYears ? MAX_MONTH_TICKS.long : MAX_MONTH_TICKS.short)
  const move = rows.length > 0 ? months[months.length - 1].move : null
  const end = to ?? shown[shown.length - 1]
  const absentEnd = end && history.notReported?.includes(end) ? end : null
  return { rows, streak, move, absentEnd, scale: niceScale(all), spansYears, monthTicks: ticks, reports }
}

/** A month's move as the comparison it was made from. */
function compareMove(move: Move): Comparison | null {
  if (move.kind === 'withheld') return move
  if (move.kind === 'first' || move.kind === 'restart') return null
  return { kind: 'change', delta: move.delta, ratio: null, basis: move.basis }
}

/**
 * What the chart draws: the current period's line on complete months only, and a dashed `provisional` line through
 * each incomplete month from its neighbours, its point drawn apart (TrendPanel), so that a short sum is never drawn
 * as part of the line.
 */
export function trendChartRows(trend: Trend) {
  const { rows } = trend
  return rows.map((r, i) => {
    const near = (j: number) => rows[j] !== undefined && rows[j].missing !== null
    return {
      ...r,
      value: r.missing ? null : r.value,
      provisional: r.missing || near(i - 1) || near(i + 1) ? r.value : null,
    }
  })
}

/** The months drawn as incomplete (their points marked apart). */
export function incompleteMonths(trend: Trend): string[] {
  return trend.rows.filter((r) => r.missing).map((r) => r.month)
}

/** The table, with a status column as soon as one figure is incomplete: never a number alone. */
export function trendTable(trend: Trend, meta: Meta, lang: Lang, categoryLabel: string): TableData {
  const t = messages[lang]
  const incomplete = trend.rows.some((r) => r.missing)
  return {
    columns: [
      { key: 'month', label: t.month, kind: 'month' },
      { key: 'value', label: categoryLabel, kind: 'persons' },
      ...(incomplete ? [{ key: 'status', label: t.statusLabel, kind: 'text' as const }] : []),
      { key: 'previousYear', label: t.trendPreviousYear, kind: 'persons' },
      { key: 'target', label: t.trendTarget, kind: 'persons' },
    ],
    rows: trend.rows.map((r) => ({
      month: r.month,
      value: r.value,
      ...(incomplete ? { status: statusText(r.missing, meta, lang) } : {}),
      previousYear: r.previousYear,
      target: r.target,
    })),
  }
}

/**
 * What the tooltip says of a month: the month, its value (and, when incomplete, who has not reported), the changes on
 * the month before and a year before (on comparable figures, or why not), the target.
 */
export function trendTooltip(row: TrendRow, meta: Meta, lang: Lang): string[] {
  const t = messages[lang]
  const changeLines = (label: string, c: Comparison | null, kind: 'mom' | 'yoy') => {
    if (!c) return [t.labelValue(label, '—')]
    if (c.kind === 'withheld') return [t.labelValue(label, '—'), withheldText(c.why, meta, lang, kind)]
    const basis = basisText(c.basis, kind, lang)
    return [t.labelValue(label, changeCompact(c.delta, c.basis, lang)), ...(basis ? [capitalise(basis)] : [])]
  }
  return [
    formatMonth(row.month, lang),
    t.labelValue(t.trendCurrent, formatPersons(row.value, lang)),
    ...(row.missing ? [t.labelValue(t.statusLabel, statusText(row.missing, meta, lang))] : []),
    ...changeLines(t.mom, row.compared.mom, 'mom'),
    ...changeLines(t.yoy, row.compared.yoy, 'yoy'),
    ...(row.target !== null ? [t.labelValue(t.trendTarget, formatPersons(row.target, lang))] : []),
  ]
}

/**
 * The trend in one sentence, anchored to the end month: 「截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，
 * 达3295.3万人，完成年度目标任务的109.1%。」 With no month before, or in a January, it says why there is no comparison.
 * A figure with a report missing says who, and its change is the comparable one (or withheld, with the reason).
 */
export function trendSummary(trend: Trend, meta: Meta, view: Pick<View, 'lang' | 'region' | 'category'>): string {
  const { lang } = view
  const t = messages[lang]
  const last = trend.rows[trend.rows.length - 1]
  const place = placeOf(meta, view.region, lang)
  const subject = t.subject(view.category, place)
  const value = formatPersonsProse(last.value, lang)
  if (trend.absentEnd) {
    return t.summaryTrendAbsent({
      absent: formatMonth(trend.absentEnd, lang, 'full'),
      region: regionName(meta, view.region, lang),
      last: formatMonth(last.month, lang, 'full'),
      subject,
      value,
    })
  }
  const figure = { month: last.month, value: last.value, missing: last.missing }
  const reach = { ...trend.reports, category: view.category, region: view.region }
  const ratio = attainmentOf(reach, figure, last.target)
  const move = describeMove(trend.move ?? { kind: 'first' }, trend.streak, meta, lang, last.missing ? last.month : null)
  const sentence = t.summaryTrend({
    end: formatMonth(last.month, lang, 'full'),
    subject,
    move,
    value,
    missing: last.missing ? missingText(last.missing, meta, lang) : null,
    pct: ratio?.kind === 'ratio' ? formatPercent(ratio.ratio, lang) : null,
    pctBasis: ratio?.kind === 'ratio' ? basisText(ratio.basis, 'month', lang) : null,
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
