/**
 * What an answer must keep beyond its schema, as pure functions the fetchers run (and so the backend checker too):
 * months in order with no hole, figures of one magnitude, channels that add up. Each returns a `Refusal`, the reason
 * in data (lib/errors.ts says it in the user's language), or undefined when the answer keeps it.
 */
import { ApiError } from './client'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, type CategoryId } from './common'

/** Which of the backend checker's checks a refusal belongs to (scripts/check-backend/report.ts names them alike). */
export type RefusalCheck = 'series-period' | 'meta' | 'magnitude' | 'channel-sum' | 'parent' | 'agree' | 'scope'

/** What is wrong with a list of months that must run in order, each once, with no hole. */
export type MonthsProblem =
  | { problem: 'missing'; month: string; /** how many more are missing after it */ more: number }
  | { problem: 'twice'; month: string }
  | { problem: 'order'; month: string; after: string }
  /** a month the answer was not asked about */
  | { problem: 'stray'; month: string }
  /** a month sent as a point and also named not yet reported */
  | { problem: 'both'; month: string }

/** A figure this answer gives, and the one of the same answer it is a thousand times or more off. */
export interface MagnitudeProblem {
  problem: 'magnitude'
  month: string
  value: number
  /** what it is compared with: the month before, the same month a year before, its annual target */
  against: 'previousMonth' | 'previousYear' | 'target'
  other: number
  region?: string
  category?: CategoryId
}

/**
 * Why an answer is refused, beyond its shape: the check it fails and the facts, never words. `endpoint` is the path
 * asked ("/series"); `with`, for two answers that disagree, the other one.
 */
export type Refusal =
  | ({ check: 'series-period' } & MonthsProblem)
  | ({ check: 'meta' } & MonthsProblem)
  | { check: 'meta'; problem: 'as-of'; asOf: string; last: string }
  | ({ check: 'magnitude' } & MagnitudeProblem)
  /** the channels reported add up to more than the total (or, all three reported, to another number) */
  | { check: 'channel-sum'; problem: 'channels'; sum: number; total: number; notReported: CategoryId[] }
  /** public-welfare posts and workshops, parts of in_county, add up to more than it */
  | { check: 'parent'; problem: 'in-county'; parts: number; inCounty: number }
  /** a series with nothing in it, for a region /meta says reports the category */
  | { check: 'agree'; problem: 'empty'; region: string; category: CategoryId }
  /** two answers give one figure differently: `says` is this answer's, `other` the other answer's */
  | {
      check: 'agree'
      problem: 'figure'
      with: string
      region: string
      category: CategoryId
      month: string
      says: number | 'not-reported' | 'nothing'
      other: number
    }
  /** /me lists no region at all */
  | { check: 'scope'; problem: 'no-regions' }

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The months from `from` to `to`, both included (YYYY-MM); none when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m)
  return out
}

/** /meta's months: each once, in order, with no month left out between the first and the last. */
export function monthListProblem(months: readonly string[]): MonthsProblem | undefined {
  const twice = months.find((m, i) => months.indexOf(m) !== i)
  if (twice) return { problem: 'twice', month: twice }
  const back = months.findIndex((m, i) => i > 0 && m < months[i - 1])
  if (back >= 0) return { problem: 'order', month: months[back], after: months[back - 1] }
  const gap = months.findIndex((m, i) => i > 0 && nextMonth(months[i - 1]) !== m)
  if (gap < 0) return undefined
  const missing = monthsBetween(nextMonth(months[gap - 1]), months[gap]).slice(0, -1)
  return { problem: 'missing', month: missing[0], more: missing.length - 1 }
}

/**
 * A period's months as an answer gives them: every month asked for once, in order, either a point (`got`) or named
 * not yet reported, and no other. The first thing wrong, naming the month.
 */
export function periodProblem(
  asked: readonly string[],
  got: readonly string[],
  notReported: readonly string[] = [],
): MonthsProblem | undefined {
  const twice = got.find((m, i) => got.indexOf(m) !== i)
  if (twice) return { problem: 'twice', month: twice }
  const back = got.findIndex((m, i) => i > 0 && m < got[i - 1])
  if (back >= 0) return { problem: 'order', month: got[back], after: got[back - 1] }
  const stray = [...got, ...notReported].find((m) => !asked.includes(m))
  if (stray) return { problem: 'stray', month: stray }
  const both = got.find((m) => notReported.includes(m))
  if (both) return { problem: 'both', month: both }
  const missing = asked.filter((m) => !got.includes(m) && !notReported.includes(m))
  return missing.length ? { problem: 'missing', month: missing[0], more: missing.length - 1 } : undefined
}

/** A month on month, year on year or figure-to-target step this large is a unit error, never a real change. */
export const MAGNITUDE_FACTOR = 1000

/** Whether two figures are a thousand times or more apart (zeros say nothing of a unit). */
export function offByMagnitude(value: number, other: number): boolean {
  if (value <= 0 || other <= 0) return false
  const ratio = value / other
  return ratio >= MAGNITUDE_FACTOR || ratio <= 1 / MAGNITUDE_FACTOR
}

/** How many times larger `value` is than `other`, as the nearest power of ten's exponent: -4 for a figure in 万. */
export function magnitudePower(value: number, other: number): number {
  return Math.round(Math.log10(value / other))
}

interface Figure {
  month: string
  value: number
  previousMonth?: number | null
  previousYear?: number | null
  target?: number | null
}

/**
 * The first figure of an answer that is a thousand times or more off its neighbours in the same answer: the month
 * before, the same month a year before, its annual target. A figure sent in 万 (303 for 3,025,469) passes every
 * schema; its size gives it away.
 */
export function magnitudeProblem(
  figures: readonly Figure[],
  where: { region?: string; category?: CategoryId } = {},
): MagnitudeProblem | undefined {
  const byMonth = new Map(figures.map((f) => [f.month, f.value]))
  for (const f of figures) {
    const yearBefore = `${Number(f.month.slice(0, 4)) - 1}${f.month.slice(4)}`
    const earlier = [
      ['previousMonth', f.previousMonth ?? byMonth.get(previousMonth(f.month))],
      ['previousYear', f.previousYear ?? byMonth.get(yearBefore)],
      ['target', f.target],
    ] as const
    for (const [against, other] of earlier) {
      if (other != null && offByMagnitude(f.value, other))
        return { problem: 'magnitude', month: f.month, value: f.value, against, other, ...where }
    }
  }
  return undefined
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/**
 * /channels: the three channels add up to the total when all are reported, to no more than it when one is not yet
 * reported; public-welfare posts and workshops, parts of in_county, to no more than it.
 */
export function channelsProblem(answer: {
  total: number
  items: readonly { category: CategoryId; value: number }[]
  notReported?: readonly CategoryId[]
}): Refusal | undefined {
  const value = new Map(answer.items.map((i) => [i.category, i.value]))
  const reported = CHANNEL_IDS.filter((id) => value.has(id))
  const sum = reported.reduce((a, id) => a + value.get(id)!, 0)
  const notReported = CHANNEL_IDS.filter((id) => !value.has(id) && (answer.notReported ?? []).includes(id))
  const complete = reported.length === CHANNEL_IDS.length
  if (reported.length > 0 && (complete ? sum !== answer.total : sum > answer.total))
    return { check: 'channel-sum', problem: 'channels', sum, total: answer.total, notReported }
  const inCounty = value.get('in_county')
  const parts = IN_COUNTY_PART_IDS.reduce((a, id) => a + (value.get(id) ?? 0), 0)
  if (inCounty !== undefined && parts > inCounty) return { check: 'parent', problem: 'in-county', parts, inCounty }
  return undefined
}

/**
 * A series and /targets about the same region must give the same figure for /targets' month: the series' point, or
 * its naming the month not yet reported, or its having nothing, against /targets' value for the series' category.
 */
export function seriesTargetsProblem(
  series: {
    region: string
    category: CategoryId
    points: readonly { month: string; value: number }[]
    notReported?: readonly string[]
  },
  targets: { region: string; month: string; items: readonly { category: CategoryId; value: number }[] },
): Refusal | undefined {
  const item = targets.items.find((i) => i.category === series.category)
  if (series.region !== targets.region || !item) return undefined
  const point = series.points.find((p) => p.month === targets.month)
  const says = point ? point.value : series.notReported?.includes(targets.month) ? 'not-reported' : 'nothing'
  if (says === item.value) return undefined
  return {
    check: 'agree',
    problem: 'figure',
    with: '/targets',
    region: series.region,
    category: series.category,
    month: targets.month,
    says,
    other: item.value,
  }
}

/** One technical sentence for a refusal, in the checker's words (its reports and ApiError.message). */
export function describeRefusal(r: Refusal): string {
  switch (r.problem) {
    case 'missing':
      return r.check === 'meta'
        ? `months have a gap: ${r.month}${r.more ? ` (and ${r.more} more)` : ''} is missing`
        : `${r.month} is missing${r.more ? ` (and ${r.more} more)` : ''}`
    case 'twice':
      return r.check === 'meta' ? `months list ${r.month} twice` : `${r.month} is sent twice`
    case 'order':
      return `${r.check === 'meta' ? 'months are out of order: ' : ''}${r.month} comes after ${r.after}`
    case 'stray':
      return `${r.month} is not a month asked for`
    case 'both':
      return `${r.month} is a point and also named not yet reported`
    case 'as-of':
      return `asOf ${r.asOf} is not the last month of the data, ${r.last}`
    case 'magnitude':
      return `${r.month}: ${r.value} against ${r.against} ${r.other}, 10^${magnitudePower(r.value, r.other)} times: sent in 万?`
    case 'channels':
      return (
        `the channels it reports add up to ${r.sum}, the total is ${r.total}` +
        (r.notReported.length ? ` (${r.notReported.join(', ')} not yet reported)` : '')
      )
    case 'in-county':
      return `public_posts + workshops ${r.parts} is more than in_county ${r.inCounty}`
    case 'empty':
      return `no points for ${r.region} ${r.category}, which /meta says it reports, and no month named not yet reported`
    case 'figure':
      return `${r.region} ${r.category} ${r.month}: ${r.says} here, ${r.other} in ${r.with}`
    case 'no-regions':
      return 'regions is empty: the account may see no region'
  }
}

/**
 * A format error for an answer that keeps its schema but not what the contract says beyond it: its message in the
 * checker's words, its reason as data for the page's.
 */
export function refuse(path: string, reason: Refusal, status = 200): ApiError {
  return new ApiError('format', `GET ${path}: ${describeRefusal(reason)}`, { status, reason, path })
}
