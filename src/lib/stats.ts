/** Pure calculations on the data: attainment, changes, growth streaks; the end month's move as a sentence gives it. */
import { formatMonthRange, formatPersonsProse, shownRatio, type Lang } from './format'

/** value / target, or null when there is no target. */
export function attainment(value: number, target: number | null | undefined): number | null {
  return target ? value / target : null
}

/**
 * Whether a target counts as met: by the attainment as shown, which never rounds a shortfall up to 100.0%
 * (format.ts), so a sentence that counts targets met and the percentage beside it always agree.
 */
export function isMet(ratio: number): boolean {
  return shownRatio(ratio) >= 1
}

/** The absolute and relative change from `before` to `now`, or null when there is nothing to compare with. */
export function change(now: number, before: number | null | undefined): { delta: number; ratio: number | null } | null {
  if (before === null || before === undefined) return null
  return { delta: now - before, ratio: before === 0 ? null : (now - before) / before }
}

/**
 * The yearly count restarts in January (facts.md: it rises through the year and drops in January), so a January is
 * never compared with the December before it: not as growth, not as a fall.
 */
export function isYearRestart(month: string): boolean {
  return month.endsWith('-01')
}

export interface Streak {
  /** how many consecutive months rose on the month before, ending with the last month */
  length: number
  /** the first and last month of the streak, when there is one */
  from: string | null
  to: string | null
}

/**
 * The current month-on-month growth streak at the end of a monthly series (oldest first): the count of
 * consecutive months, ending with the last, each strictly above the month before. A January ends it (the yearly
 * count restarts), so a streak never runs across a year.
 */
export function growthStreak(points: readonly { month: string; value: number }[]): Streak {
  let length = 0
  for (
    let i = points.length - 1;
    i > 0 && !isYearRestart(points[i].month) && points[i].value > points[i - 1].value;
    i -= 1
  )
    length += 1
  if (length === 0) return { length: 0, from: null, to: null }
  return { length, from: points[points.length - length].month, to: points[points.length - 1].month }
}

/** How the last month of a series compares with the month before it. */
export type EndMove =
  /** the first month of the data: nothing before it */
  | { kind: 'first' }
  /** a January, not compared with December */
  | { kind: 'restart' }
  | { kind: 'rose' | 'fell' | 'flat'; delta: number }

/** Null for an empty series. `points` must start at the first month of the data for 'first' to be true. */
export function endMove(points: readonly { month: string; value: number }[]): EndMove | null {
  const last = points[points.length - 1]
  if (!last) return null
  if (points.length === 1) return { kind: 'first' }
  if (isYearRestart(last.month)) return { kind: 'restart' }
  const delta = last.value - points[points.length - 2].value
  return { kind: delta > 0 ? 'rose' : delta < 0 ? 'fell' : 'flat', delta }
}

/** How the end month of a series compares with the month before it. */
export type EndMonthMove =
  /** the end month is the first month of the data: nothing before it */
  | { kind: 'first' }
  /** the end month is a January: the yearly count restarts, so it is not compared with December */
  | { kind: 'restart' }
  /** above the month before; `streak` months in a row so far this year, since `since` (a month range) */
  | { kind: 'rose'; streak: number; delta: string; period: string }
  | { kind: 'fell'; delta: string }
  | { kind: 'flat' }

/** The end month's move and the streak, with their numbers written for a sentence in the language. */
export function describeMove(move: EndMove, streak: Streak, lang: Lang): EndMonthMove {
  switch (move.kind) {
    case 'first':
    case 'restart':
    case 'flat':
      return { kind: move.kind }
    case 'fell':
      return { kind: 'fell', delta: formatPersonsProse(-move.delta, lang) }
    case 'rose':
      return {
        kind: 'rose',
        streak: streak.length,
        delta: formatPersonsProse(move.delta, lang),
        period: streak.from && streak.to ? formatMonthRange(streak.from, streak.to, lang) : '',
      }
  }
}
