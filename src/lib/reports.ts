/**
 * Reports not yet received (facts.md, invariant 8; README, "Reports not yet received"): the one rule.
 *
 * 1. **Which figures are complete.** Given a resource's answer, says for each figure whether it is complete and, if
 *    not, which provinces are missing: by name when an answer at hand says who (/monitoring has a null for each report
 *    not received over the end month and the twelve before it; /regions, /regions/series and a province's /series or
 *    /channels name what they lack), else by count (`missingReports` of a national figure).
 * 2. **Comparisons on comparable figures.** A change (month on month, year on year), and so a growth streak, or an
 *    attainment that involves an incomplete figure is computed on the provinces that reported in both periods, from
 *    /monitoring's per-province figures, and says on how many; where those figures are not at hand (a month outside
 *    /monitoring's window, or the request failed) it is withheld, with the reason. A province's own missing report is
 *    never compared at all. A short sum never reads as a rise or a fall.
 *
 * Pure functions of the answers: every panel, sentence generator and export reads these, none decides for itself.
 */
import type { Channels } from '../api/channels'
import type { CategoryId } from '../api/common'
import type { Monitoring } from '../api/monitoring'
import type { RegionsData } from '../api/regions'
import type { RegionsSeries } from '../api/regionsSeries'
import { roundSignificant } from './format'
import { isYearRestart } from './stats'

/** Who has not yet reported a figure. */
export interface Missing {
  /** how many provinces */
  count: number
  /** their ids in code order (so every panel names them alike), when an answer at hand says who; null when only the
   * count is known */
  regions: readonly string[] | null
}

/** What the rule needs beside the answer it reads: the nation's id, and /monitoring's answer when it is at hand. */
export interface ReportsContext {
  nationalId: string
  monitoring?: Monitoring | undefined
}

/** The month `n` months after `month` (before, for a negative `n`). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const k = y * 12 + (m - 1) + n
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
}

/** The same month a year earlier. */
export const yearBefore = (month: string) => shiftMonth(month, -12)

/**
 * The provinces whose report of a category for a month /monitoring has not received (a null), or null when
 * /monitoring is not at hand or does not run over that month.
 */
export function missingInMonitoring(
  category: CategoryId,
  month: string,
  ctx: ReportsContext,
): readonly string[] | null {
  const data = ctx.monitoring
  const index = data ? data.months.indexOf(month) : -1
  if (!data || index < 0) return null
  return data.items
    .filter((item) => item.category === category && item.region !== ctx.nationalId && item.values[index] === null)
    .map((item) => item.region)
}

/**
 * Who /monitoring says has not reported a region's figure of the month: for the nation's figure, the provinces whose
 * report it has not received; null for a province's own figure, or when none is missing or /monitoring cannot say.
 */
export function missingFromFigure(
  category: CategoryId,
  region: string,
  month: string,
  ctx: ReportsContext,
): Missing | null {
  if (region !== ctx.nationalId) return null
  const named = missingInMonitoring(category, month, ctx)
  return named?.length ? { count: named.length, regions: named } : null
}

/**
 * A national figure that `count` provinces have not reported: named from /monitoring when it runs over the month and
 * names as many as the answer counts (it lists only the regions in the user's scope; a different count means it
 * cannot say who).
 */
function nationalMissing(category: CategoryId, month: string, count: number, ctx: ReportsContext): Missing {
  const named = missingInMonitoring(category, month, ctx)
  return { count, regions: named && named.length === count ? [...named].sort() : null }
}

/** A monthly series as the rule reads it: /series, or one province's series of /regions/series. */
export interface SeriesLike {
  region: string
  category: CategoryId
  points: readonly { month: string; value: number; missingReports?: number }[]
  notReported?: readonly string[]
}

/** What a series lacks: incomplete months (a national figure, the sum of the reports received), absent months. */
export interface SeriesReports {
  /** months whose figure is the sum of the reports received, and who is missing */
  incomplete: ReadonlyMap<string, Missing>
  /** months the region itself has not reported: no figure at all (never a zero) */
  absent: readonly string[]
}

export function seriesReports(series: SeriesLike, ctx: ReportsContext): SeriesReports {
  const incomplete = new Map<string, Missing>()
  for (const p of series.points) {
    if (p.missingReports) incomplete.set(p.month, nationalMissing(series.category, p.month, p.missingReports, ctx))
  }
  return { incomplete, absent: series.notReported ?? [] }
}

/**
 * Whether a series has an incomplete figure (a national sum of the reports received): then a panel waits for
 * /monitoring, which says who is missing and has the provinces' figures its comparisons are made on.
 */
export function seriesIncomplete(series: SeriesLike): boolean {
  return series.points.some((p) => p.missingReports)
}

/** /regions: the provinces that have not reported the month (each province's figure is its own: complete or absent). */
export function regionsReports(data: RegionsData): Missing | null {
  const missing = [...(data.notReported ?? [])].sort()
  return missing.length ? { count: missing.length, regions: missing } : null
}

/** /regions/series: for each month, the provinces that have not reported it. */
export function regionsSeriesReports(data: RegionsSeries): ReadonlyMap<string, readonly string[]> {
  const byMonth = new Map<string, string[]>()
  for (const item of data.items) {
    for (const month of item.notReported ?? []) byMonth.set(month, [...(byMonth.get(month) ?? []), item.region])
  }
  return byMonth
}

/** What /channels lacks: incomplete categories (a national figure), and categories the region has not reported. */
export interface ChannelsReports {
  incomplete: ReadonlyMap<CategoryId, Missing>
  absent: readonly CategoryId[]
}

export function channelsReports(data: Channels, ctx: ReportsContext): ChannelsReports {
  const incomplete = new Map<CategoryId, Missing>()
  for (const item of data.items) {
    if (item.missingReports) {
      incomplete.set(item.category, nationalMissing(item.category, data.month, item.missingReports, ctx))
    }
  }
  return { incomplete, absent: data.notReported ?? [] }
}

/** Whether /channels has an incomplete figure (a national sum of the reports received), named from /monitoring. */
export function channelsIncomplete(data: Channels): boolean {
  return data.items.some((i) => i.missingReports)
}

// ---------------------------------------------------------------------------------------------------------------
// Comparisons

/** On what a comparison was made. */
export type Basis =
  /** every figure involved is complete */
  | { kind: 'complete' }
  /** on the provinces that reported in both periods (from /monitoring), so only those */
  | { kind: 'comparable'; provinces: number }

/** Why a comparison is withheld. */
export type Withheld =
  /** the region's own report for the month has not been received: there is nothing to compare */
  | { kind: 'notReported'; region: string; month: string }
  /** an incomplete figure, and the provinces' figures for the month are not at hand (outside /monitoring's window) */
  | { kind: 'noProvinceFigures'; month: string; missing: Missing }

export type Comparison =
  { kind: 'change'; delta: number; ratio: number | null; basis: Basis } | { kind: 'withheld'; why: Withheld }

/** A figure of a region for a month, as the rule compares it: null where the region has not reported. */
export interface Figure {
  month: string
  value: number | null
  /** set when the figure is a national sum of the reports received */
  missing: Missing | null
}

/** What a comparison is of: a category of a region. */
export interface Subject extends ReportsContext {
  category: CategoryId
  region: string
}

/**
 * A comparable change is rounded to two significant figures (1,984 → about 2,000), since it is not the nation's change
 * but that of the provinces counted; rounded so once, here, it is shown and counted (rise or fall) the same everywhere
 * (glossary rule 5).
 */
export const COMPARABLE_DIGITS = 2

/** `now` against `before`: on the figures when both are complete, else on the provinces that reported both months. */
export function compareFigures(subject: Subject, now: Figure, before: Figure): Comparison {
  if (before.value === null) return withheldNotReported(subject, before.month)
  if (now.value === null) return withheldNotReported(subject, now.month)
  if (!now.missing && !before.missing) {
    const delta = now.value - before.value
    return { kind: 'change', delta, ratio: before.value === 0 ? null : delta / before.value, basis: COMPLETE }
  }
  const sums = comparableSums(subject, [now.month, before.month])
  if (!sums) {
    const incomplete = now.missing ? now : before
    return {
      kind: 'withheld',
      why: { kind: 'noProvinceFigures', month: incomplete.month, missing: incomplete.missing! },
    }
  }
  const [a, b] = sums.values
  const delta = roundSignificant(a - b, COMPARABLE_DIGITS)
  return {
    kind: 'change',
    delta,
    ratio: b === 0 ? null : (a - b) / b,
    basis: { kind: 'comparable', provinces: sums.provinces },
  }
}

const COMPLETE: Basis = { kind: 'complete' }

function withheldNotReported(subject: Subject, month: string): Comparison {
  return { kind: 'withheld', why: { kind: 'notReported', region: subject.region, month } }
}

/**
 * The sums, month by month, of the provinces that reported every one of `months` (and their targets), from
 * /monitoring; null when it is not at hand or does not run over them all.
 */
function comparableSums(
  subject: Subject,
  months: readonly string[],
): { values: number[]; targets: number | null; provinces: number } | null {
  const data = subject.monitoring
  if (!data) return null
  const indexes = months.map((m) => data.months.indexOf(m))
  if (indexes.some((i) => i < 0)) return null
  const values = months.map(() => 0)
  let targets: number | null = 0
  let provinces = 0
  for (const item of data.items) {
    if (item.category !== subject.category || item.region === subject.nationalId) continue
    const figures = indexes.map((i) => item.values[i])
    if (figures.some((v) => v === null)) continue
    figures.forEach((v, k) => (values[k] += v!))
    targets = targets === null || item.target === null ? null : targets + item.target
    provinces += 1
  }
  return provinces > 0 ? { values, targets, provinces } : null
}

/** Attainment of the annual target: of the figure when complete, else of the provinces that reported the month. */
export type Attainment = { kind: 'ratio'; ratio: number; basis: Basis } | { kind: 'withheld'; why: Withheld }

export function attainmentOf(subject: Subject, figure: Figure, target: number | null): Attainment | null {
  if (!target) return null
  if (figure.value === null)
    return { kind: 'withheld', why: { kind: 'notReported', region: subject.region, month: figure.month } }
  if (!figure.missing) return { kind: 'ratio', ratio: figure.value / target, basis: COMPLETE }
  const sums = comparableSums(subject, [figure.month])
  if (!sums || !sums.targets) {
    return { kind: 'withheld', why: { kind: 'noProvinceFigures', month: figure.month, missing: figure.missing } }
  }
  return {
    kind: 'ratio',
    ratio: sums.values[0] / sums.targets,
    basis: { kind: 'comparable', provinces: sums.provinces },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A series month by month: its figures, moves and growth streak

/** How a month of a series compares with the month before it. */
export type Move =
  /** the first month of the data: nothing before it */
  | { kind: 'first' }
  /** a January: the yearly count restarts, so it is not compared with December */
  | { kind: 'restart' }
  | { kind: 'rose' | 'fell' | 'flat'; delta: number; basis: Basis }
  | { kind: 'withheld'; why: Withheld }

/** A month of a series with what the rule says of it. */
export interface SeriesMonth {
  month: string
  value: number
  /** who is missing from the figure (a national sum); null when complete */
  missing: Missing | null
  /** on the month before */
  move: Move
}

export function moveOf(comparison: Comparison): Move {
  if (comparison.kind === 'withheld') return comparison
  const { delta, basis } = comparison
  return { kind: delta > 0 ? 'rose' : delta < 0 ? 'fell' : 'flat', delta, basis }
}

/**
 * Each point of a series (oldest first) with its figure's completeness and its move on the calendar month before:
 * compared on comparable figures when either is incomplete, withheld when the month before was not reported. `first`
 * is the first month of the data.
 */
export function seriesMonths(series: SeriesLike, ctx: ReportsContext, first: string): SeriesMonth[] {
  const reports = seriesReports(series, ctx)
  const subject: Subject = { ...ctx, category: series.category, region: series.region }
  const byMonth = new Map(series.points.map((p) => [p.month, p]))
  const absent = new Set(reports.absent)
  const figure = (month: string): Figure | null => {
    const p = byMonth.get(month)
    if (p) return { month, value: p.value, missing: reports.incomplete.get(month) ?? null }
    return absent.has(month) ? { month, value: null, missing: null } : null
  }
  return series.points.map((p) => {
    const now = figure(p.month)!
    const previous = shiftMonth(p.month, -1)
    const before = figure(previous)
    const move: Move =
      isYearRestart(p.month) && p.month !== first
        ? { kind: 'restart' }
        : !before || p.month <= first
          ? { kind: 'first' }
          : moveOf(compareFigures(subject, now, before))
    return { month: p.month, value: p.value, missing: now.missing, move }
  })
}

/** The figure of a series' month, as compareFigures takes it (null when the series does not run over the month). */
export function figureIn(series: SeriesLike, month: string, ctx: ReportsContext): Figure | null {
  const p = series.points.find((x) => x.month === month)
  if (p) return { month, value: p.value, missing: seriesReports(series, ctx).incomplete.get(month) ?? null }
  return series.notReported?.includes(month) ? { month, value: null, missing: null } : null
}

export interface MoveStreak {
  /** consecutive months that rose on the month before, ending with the last */
  length: number
  from: string | null
  to: string | null
  /** the months of the streak whose rise was computed on comparable figures, not on the nation's */
  comparable: string[]
}

/**
 * The growth streak at the end of a series' months: consecutive rises, each on the calendar month before (a January,
 * a month not compared or a month not reported ends it). Rises on comparable figures count, and are listed.
 */
export function streakOf(months: readonly SeriesMonth[]): MoveStreak {
  let i = months.length - 1
  const comparable: string[] = []
  while (i >= 0) {
    const move = months[i].move
    if (move.kind !== 'rose') break
    if (move.basis.kind === 'comparable') comparable.unshift(months[i].month)
    i -= 1
  }
  const length = months.length - 1 - i
  if (length === 0) return { length: 0, from: null, to: null, comparable: [] }
  return { length, from: months[i + 1].month, to: months[months.length - 1].month, comparable }
}
