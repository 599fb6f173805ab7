/** Pure calculations on the data: attainment, changes, growth streaks. Never typed in, always computed here. */

/** value / target, or null when there is no target. */
export function attainment(value: number, target: number | null | undefined): number | null {
  return target ? value / target : null
}

/** The absolute and relative change from `before` to `now`, or null when there is nothing to compare with. */
export function change(now: number, before: number | null | undefined): { delta: number; ratio: number | null } | null {
  if (before === null || before === undefined) return null
  return { delta: now - before, ratio: before === 0 ? null : (now - before) / before }
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
 * consecutive months, ending with the last, each strictly above the month before.
 */
export function growthStreak(points: readonly { month: string; value: number }[]): Streak {
  let length = 0
  for (let i = points.length - 1; i > 0 && points[i].value > points[i - 1].value; i -= 1) length += 1
  if (length === 0) return { length: 0, from: null, to: null }
  return { length, from: points[points.length - length].month, to: points[points.length - 1].month }
}
