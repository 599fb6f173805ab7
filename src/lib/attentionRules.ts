/**
 * The attention rules (需要关注): for the end month, which province and category needs a look, how badly, and the
 * numbers behind it. Pure functions of the monitoring data (GET /monitoring) and thresholds that the backend may tune
 * (/meta `rules`); every figure is computed here, never typed in.
 */
import type { CategoryId } from '../api/common'
import type { Monitoring } from '../api/monitoring'
import { shownRatio } from './format'
import { isMet, isYearRestart } from './stats'

export type Severity = 'high' | 'medium' | 'low'
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low']

/** The rules, in the order a list of one severity shows them. */
export const RULES = ['reportMissing', 'belowTarget', 'fellMom', 'streakEnded', 'fellYoy', 'trailingNational'] as const
export type RuleId = (typeof RULES)[number]

/**
 * The categories the level rules look at: the headline indicator and its two target groups. The channels are splits
 * of the total (a fall shows there first) and public posts and workshops parts of one channel; they are looked at
 * for missing reports only.
 */
export const WATCHED_CATEGORIES: readonly CategoryId[] = ['total', 'key_county', 'relocated']

/** Ratios are fractions (0.02 is 2%); streaks are months. */
export interface Thresholds {
  /** attainment below this is high severity (5% or more short of the annual target) */
  belowTargetHigh: number
  /** below this medium; below 100% (as shown, to one decimal) low */
  belowTargetMedium: number
  /** a month-on-month fall of at least this share is listed, as medium… */
  momFall: number
  /** …and of at least this share as high */
  momFallHigh: number
  /** a year-on-year fall of at least this share is listed, as low… */
  yoyFall: number
  /** …and of at least this share as medium */
  yoyFallMedium: number
  /** a growth streak of at least this many months that ended in the end month is listed, as medium */
  streakEnded: number
  /** a province's year-on-year change this far (a fraction) or more below the nation's is listed, as low */
  trailingNational: number
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  belowTargetHigh: 0.95,
  belowTargetMedium: 0.98,
  momFall: 0.005,
  momFallHigh: 0.01,
  yoyFall: 0.04,
  yoyFallMedium: 0.08,
  streakEnded: 3,
  trailingNational: 0.03,
}

/** What each threshold may be; anything else is absurd and falls back to the default. */
const VALID: Record<keyof Thresholds, (n: number) => boolean> = {
  belowTargetHigh: (n) => n > 0 && n <= 1,
  belowTargetMedium: (n) => n > 0 && n <= 1,
  momFall: (n) => n >= 0 && n < 1,
  momFallHigh: (n) => n >= 0 && n < 1,
  yoyFall: (n) => n >= 0 && n < 1,
  yoyFallMedium: (n) => n >= 0 && n < 1,
  streakEnded: (n) => Number.isInteger(n) && n >= 2 && n <= 12,
  trailingNational: (n) => n > 0 && n < 1,
}

/** Pairs whose first must not exceed the second (a high bar below a medium one would be absurd). */
const ORDERED: [keyof Thresholds, keyof Thresholds][] = [
  ['belowTargetHigh', 'belowTargetMedium'],
  ['momFall', 'momFallHigh'],
  ['yoyFall', 'yoyFallMedium'],
]

/**
 * The thresholds the backend sent in /meta `rules`, field by field: a field missing, not a finite number, out of
 * range or out of order with its pair falls back to its default, with a console warning; a rule is never silently
 * disabled.
 */
export function thresholdsFrom(rules: unknown, warn: (message: string) => void = console.warn): Thresholds {
  if (rules === undefined || rules === null) return DEFAULT_THRESHOLDS
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    warn('attention rules: /meta rules is not an object; using the default thresholds')
    return DEFAULT_THRESHOLDS
  }
  const given = rules as Record<string, unknown>
  const out = { ...DEFAULT_THRESHOLDS }
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    if (!(key in given)) continue
    const value = given[key]
    if (typeof value === 'number' && Number.isFinite(value) && VALID[key](value)) out[key] = value
    else warn(`attention rules: ${key} = ${JSON.stringify(value)} is not valid; using ${DEFAULT_THRESHOLDS[key]}`)
  }
  for (const [low, high] of ORDERED) {
    if (out[low] > out[high]) {
      warn(`attention rules: ${low} is above ${high}; using the defaults for both`)
      out[low] = DEFAULT_THRESHOLDS[low]
      out[high] = DEFAULT_THRESHOLDS[high]
    }
  }
  return out
}

export interface Signal {
  rule: RuleId
  severity: Severity
  category: CategoryId
  region: string
  month: string
  /** the end month's figure; null when not reported */
  value: number | null
  /** belowTarget: the annual target and the attainment */
  target?: number
  attainment?: number
  /** fellMom, fellYoy, streakEnded: the figure compared with, the change and its ratio */
  before?: number
  delta?: number
  ratio?: number
  /** streakEnded: how many months the streak had run */
  streak?: number
  /** trailingNational: the nation's year-on-year ratio */
  nationalRatio?: number
}

/** Consecutive month-on-month rises ending at index `end` (a January ends a streak: the count restarts). */
function streakTo(values: readonly (number | null)[], months: readonly string[], end: number): number {
  let n = 0
  for (let i = end; i > 0 && !isYearRestart(months[i]); i -= 1) {
    const now = values[i]
    const before = values[i - 1]
    if (now === null || before === null || now <= before) break
    n += 1
  }
  return n
}

const ratioOf = (now: number, before: number) => (now - before) / before

/** Every signal of the end month, most severe first. */
/**
 * The signals of one answer, computed once: the KPI cards and Needs attention both ask for the same /monitoring
 * answer's signals, on a cold load in the same moment, and the rules run over every province and category. Keyed by
 * the answer itself (a refetch is a new object) and the thresholds' values; each caller gets its own array.
 */
const signalsCache = new WeakMap<Monitoring, Map<string, Signal[]>>()

export function findSignals(data: Monitoring, nationalId: string, thresholds: Thresholds): Signal[] {
  const key = nationalId + JSON.stringify(thresholds)
  let byKey = signalsCache.get(data)
  if (!byKey) signalsCache.set(data, (byKey = new Map()))
  let signals = byKey.get(key)
  if (!signals) byKey.set(key, (signals = computeSignals(data, nationalId, thresholds)))
  return [...signals]
}

function computeSignals(data: Monitoring, nationalId: string, thresholds: Thresholds): Signal[] {
  const { months, month } = data
  const end = months.length - 1
  const yearAgo = months.length > 12 && months[0].slice(5) === month.slice(5) ? 0 : -1
  const restart = isYearRestart(month)
  const nationalYoy = new Map<CategoryId, number>()
  for (const item of data.items) {
    const now = item.values[end]
    const before = yearAgo >= 0 ? item.values[yearAgo] : null
    if (item.region === nationalId && now !== null && before) nationalYoy.set(item.category, ratioOf(now, before))
  }

  const signals: Signal[] = []
  for (const item of data.items) {
    if (item.region === nationalId) continue
    const { category, region } = item
    const base = { category, region, month }
    const now = item.values[end]
    if (now === null) {
      signals.push({ ...base, rule: 'reportMissing', severity: 'high', value: null })
      continue
    }
    if (!WATCHED_CATEGORIES.includes(category)) continue
    const t = thresholds

    if (item.target) {
      const attainment = now / item.target
      // Counted as the number beside it shows it: 99.96% shows as 100.0% and counts as met.
      if (!isMet(attainment)) {
        const shown = shownRatio(attainment)
        const severity = shown < t.belowTargetHigh ? 'high' : shown < t.belowTargetMedium ? 'medium' : 'low'
        signals.push({ ...base, rule: 'belowTarget', severity, value: now, target: item.target, attainment })
      }
    }

    const previous = end > 0 ? item.values[end - 1] : null
    if (!restart && previous) {
      const ratio = ratioOf(now, previous)
      if (ratio <= -t.momFall) {
        const severity = ratio <= -t.momFallHigh ? 'high' : 'medium'
        signals.push({ ...base, rule: 'fellMom', severity, value: now, before: previous, delta: now - previous, ratio })
      }
      const streak = streakTo(item.values, months, end - 1)
      if (now <= previous && streak >= t.streakEnded) {
        signals.push({
          ...base,
          rule: 'streakEnded',
          severity: 'medium',
          value: now,
          before: previous,
          delta: now - previous,
          ratio,
          streak,
        })
      }
    }

    const lastYear = yearAgo >= 0 ? item.values[yearAgo] : null
    if (lastYear) {
      const ratio = ratioOf(now, lastYear)
      if (ratio <= -t.yoyFall) {
        const severity = ratio <= -t.yoyFallMedium ? 'medium' : 'low'
        signals.push({ ...base, rule: 'fellYoy', severity, value: now, before: lastYear, delta: now - lastYear, ratio })
      }
      const national = nationalYoy.get(category)
      if (national !== undefined && ratio - national <= -t.trailingNational) {
        signals.push({ ...base, rule: 'trailingNational', severity: 'low', value: now, ratio, nationalRatio: national })
      }
    }
  }
  return sortSignals(signals)
}

/** Most severe first; within a severity by rule, then by the province's code, then by category. */
export function sortSignals(signals: Signal[]): Signal[] {
  const rank = (s: Signal) => SEVERITIES.indexOf(s.severity) * 100 + RULES.indexOf(s.rule)
  return [...signals].sort((a, b) => rank(a) - rank(b) || byCode(a.region, b.region) || byCode(a.category, b.category))
}

/** How many signals of each severity. */
export function countBySeverity(signals: readonly Signal[]): Record<Severity, number> {
  const counts = { high: 0, medium: 0, low: 0 }
  for (const s of signals) counts[s.severity] += 1
  return counts
}

/** Ids (region codes, category ids: ASCII) in code-unit order, which is what ICU's collation gives them too, cheaper. */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
