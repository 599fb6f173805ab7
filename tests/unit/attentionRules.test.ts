/**
 * The attention rules (src/lib/attentionRules.ts) at, just inside and just outside every threshold, the severities, the
 * order, the thresholds. Not wording.test.ts: that one is the panel's wording (src/features/attention/wording.ts),
 * a module of the same name.
 */
import { describe, expect, it, vi } from 'vitest'
import type { Monitoring, MonitoringItem } from '../../src/api/monitoring'
import {
  countBySeverity,
  DEFAULT_THRESHOLDS as T,
  findSignals,
  thresholdsFrom,
  type Thresholds,
} from '../../src/lib/attentionRules'

const NATION = '000000'
const P = '520000'
/** 13 months ending August 2024 (a year back, so year-on-year is there) */
const MONTHS = Array.from({ length: 13 }, (_, i) => {
  const d = new Date(Date.UTC(2023, 7 + i, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
})
const flat = (v = 100_000) => MONTHS.map(() => v)

function data(items: Partial<MonitoringItem>[], months = MONTHS): Monitoring {
  return {
    month: months[months.length - 1],
    months,
    items: [
      { category: 'total', region: NATION, values: months.map(() => 1_000_000), target: null },
      ...items.map((i) => ({ category: 'total' as const, region: P, values: flat(), target: null, ...i })),
    ],
  }
}
const rules = (d: Monitoring, t: Thresholds = T) => findSignals(d, NATION, t).map((s) => `${s.rule}:${s.severity}`)
/** a series that is 100,000 for twelve months and `last` in the end month */
const endingAt = (last: number, before = 100_000) => [...MONTHS.slice(0, -1).map(() => before), last]

describe('below annual target', () => {
  it.each([
    [1.0, []],
    [0.9999, ['belowTarget:low']], // a shortfall never shows as 100.0%: 99.9%, and counted as not met
    [0.9994, ['belowTarget:low']], // shown as 99.9%
    [T.belowTargetMedium, ['belowTarget:low']],
    [T.belowTargetMedium - 0.001, ['belowTarget:medium']],
    [T.belowTargetHigh, ['belowTarget:medium']],
    [T.belowTargetHigh - 0.001, ['belowTarget:high']],
  ])('attainment %s → %j', (attainment, expected) => {
    expect(rules(data([{ target: Math.round(100_000 / attainment) }]))).toEqual(expected)
  })
})

describe('fell month on month', () => {
  it.each([
    [0, []],
    [-T.momFall + 0.0001, []],
    [-T.momFall, ['fellMom:medium']],
    [-T.momFallHigh + 0.0001, ['fellMom:medium']],
    [-T.momFallHigh, ['fellMom:high']],
  ])('change %s → %j', (ratio, expected) => {
    expect(rules(data([{ values: endingAt(Math.round(100_000 * (1 + ratio))) }]))).toEqual(expected)
  })

  it('never across the January restart', () => {
    const months = [...MONTHS.slice(5), '2024-09', '2024-10', '2024-11', '2024-12', '2025-01']
    const values = [...months.slice(0, -1).map(() => 100_000), 50_000]
    expect(rules(data([{ values }], months)).filter((r) => r.startsWith('fellMom'))).toEqual([])
  })
})

describe('growth streak ended', () => {
  const rising = (n: number, last: number) => {
    const v = flat()
    for (let k = 0; k < n; k++) v[12 - n + k] = 100_000 + (k + 1) * 1000
    v[12] = last
    return v
  }
  it.each([
    [T.streakEnded, 'the threshold', true],
    [T.streakEnded - 1, 'one month short', false],
  ])('a streak of %i months (%s) that ends without growth is listed: %s', (n, _, listed) => {
    const v = rising(n, 100_000 + n * 1000) // flat in the end month: no growth, no fall
    expect(rules(data([{ values: v }])).includes('streakEnded:medium')).toBe(listed)
  })
  it('a streak that goes on is not', () => {
    expect(rules(data([{ values: rising(6, 200_000) }]))).toEqual([])
  })
})

describe('fell year on year, and trailing the nation', () => {
  it.each([
    [-T.yoyFall + 0.0001, ['trailingNational:low']], // not a fall to list, but 4% behind a flat nation
    [-T.yoyFall, ['fellYoy:low', 'trailingNational:low']],
    [-T.yoyFallMedium, ['fellYoy:medium', 'trailingNational:low']],
  ])('change %s → %j', (ratio, expected) => {
    const v = flat(Math.round(100_000 * (1 + ratio)))
    v[0] = 100_000
    expect(rules(data([{ values: v }])).sort()).toEqual([...expected].sort())
  })

  it('trailing is measured against the nation: the same fall as the nation is not trailing', () => {
    const nationFalls: Monitoring = data([])
    nationFalls.items[0].values = MONTHS.map((_, i) => (i === 0 ? 1_000_000 : 960_000))
    const v = flat(96_000)
    v[0] = 100_000
    nationFalls.items.push({ category: 'total', region: P, values: v, target: null })
    expect(rules(nationFalls)).toEqual(['fellYoy:low'])
    const trailing = flat(100_000 * (1 - T.trailingNational) - 1)
    trailing[0] = 100_000
    expect(rules(data([{ values: trailing }]))).toContain('trailingNational:low')
  })
})

describe('report missing, order and counts', () => {
  it('a report not received is high, and no other rule looks at it', () => {
    const values: (number | null)[] = [...flat().slice(0, -1), null]
    expect(rules(data([{ values, target: 200_000 }]))).toEqual(['reportMissing:high'])
  })

  it('lists the most severe first, then by rule, and counts each severity', () => {
    const d = data([
      { region: '530000', values: flat(), target: 200_000 }, // below target, high
      { region: '520000', values: endingAt(99_000) }, // fell 1%: high
      { region: '510000', values: endingAt(99_400), category: 'relocated' }, // fell 0.6%: medium
    ])
    const signals = findSignals(d, NATION, T)
    expect(signals.map((s) => [s.severity, s.rule, s.region])).toEqual([
      ['high', 'belowTarget', '530000'],
      ['high', 'fellMom', '520000'],
      ['medium', 'fellMom', '510000'],
    ])
    expect(countBySeverity(signals)).toEqual({ high: 2, medium: 1, low: 0 })
  })

  it('the channels are watched for missing reports only', () => {
    expect(rules(data([{ category: 'out_of_province', values: endingAt(50_000) }]))).toEqual([])
  })
})

describe('thresholds from /meta rules', () => {
  it('takes valid values and keeps the defaults for the rest, silently', () => {
    const warn = vi.fn()
    expect(thresholdsFrom({ momFall: 0.01, streakEnded: 4 }, warn)).toEqual({ ...T, momFall: 0.01, streakEnded: 4 })
    expect(thresholdsFrom(undefined, warn)).toEqual(T)
    expect(warn).not.toHaveBeenCalled()
  })

  it.each<[string, unknown, keyof Thresholds]>([
    ['negative', { momFall: -0.01 }, 'momFall'],
    ['a string', { yoyFall: '0.02' }, 'yoyFall'],
    ['NaN-like', { trailingNational: null }, 'trailingNational'],
    ['absurd', { belowTargetHigh: 5 }, 'belowTargetHigh'],
    ['not whole', { streakEnded: 2.5 }, 'streakEnded'],
  ])('%s falls back to the default with a warning, never disabling the rule', (_, rules, key) => {
    const warn = vi.fn()
    expect(thresholdsFrom(rules, warn)[key]).toBe(T[key])
    expect(warn).toHaveBeenCalledOnce()
  })

  it('a pair out of order falls back to both defaults; a non-object to all', () => {
    const warn = vi.fn()
    const t = thresholdsFrom({ momFall: 0.05, momFallHigh: 0.02 }, warn)
    expect([t.momFall, t.momFallHigh]).toEqual([T.momFall, T.momFallHigh])
    expect(thresholdsFrom('strict', warn)).toEqual(T)
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it('tuned thresholds change what is listed', () => {
    const d = data([{ values: endingAt(99_400) }]) // a fall of 0.6%
    expect(rules(d)).toEqual(['fellMom:medium'])
    expect(rules(d, thresholdsFrom({ momFall: 0.01, momFallHigh: 0.02 }))).toEqual([])
  })
})
