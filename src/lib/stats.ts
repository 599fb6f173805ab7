/**
 * Pure calculations on the data: attainment, changes, the January restart. Months compared with the month before, and
 * growth streaks, are the reports rule's (reports.ts: a month with a report missing is compared on comparable figures).
 */
import { shownRatio } from './format'

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
