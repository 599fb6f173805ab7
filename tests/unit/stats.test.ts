/** Calculations on the data (src/lib/stats.ts): attainment, changes, growth streaks, the end month's move. */
import { describe, expect, it } from 'vitest'
import { attainment, change, endMove, growthStreak, isMet } from '../../src/lib/stats'

const series = (start: string, values: number[]) => {
  let [y, m] = start.split('-').map(Number)
  return values.map((value) => {
    const month = `${y}-${String(m).padStart(2, '0')}`
    m += 1
    if (m === 13) {
      y += 1
      m = 1
    }
    return { month, value }
  })
}

describe('growthStreak', () => {
  it('counts the consecutive rises ending with the last month', () => {
    const s = series('2023-12', [3397, 2958, 3006, 3049, 3151, 3219, 3274, 3289, 3295.3])
    expect(growthStreak(s)).toEqual({ length: 7, from: '2024-02', to: '2024-08' })
  })

  it('has no streak when the last month fell', () => {
    expect(growthStreak(series('2024-01', [10, 11, 12, 11]))).toEqual({ length: 0, from: null, to: null })
  })

  it('has no streak when the last month equals the one before', () => {
    expect(growthStreak(series('2024-01', [10, 11, 12, 12]))).toEqual({ length: 0, from: null, to: null })
  })

  it('counts only the rises after a break in the middle', () => {
    expect(growthStreak(series('2024-01', [10, 11, 12, 9, 10, 11]))).toEqual({
      length: 2,
      from: '2024-05',
      to: '2024-06',
    })
    expect(growthStreak(series('2024-01', [10, 11, 11, 12]))).toEqual({ length: 1, from: '2024-04', to: '2024-04' })
  })

  it('has no streak for a series of one month', () => {
    expect(growthStreak(series('2024-08', [32_953_000]))).toEqual({ length: 0, from: null, to: null })
  })

  it('has no streak for an empty series', () => {
    expect(growthStreak([])).toEqual({ length: 0, from: null, to: null })
  })

  it('counts every month but the first when all rise within a year', () => {
    expect(growthStreak(series('2024-03', [1, 2, 3, 4, 5]))).toEqual({ length: 4, from: '2024-04', to: '2024-07' })
  })

  it('never runs across January: the yearly count restarts', () => {
    expect(growthStreak(series('2023-11', [1, 2, 3, 4, 5]))).toEqual({ length: 2, from: '2024-02', to: '2024-03' })
    expect(growthStreak(series('2023-12', [1, 2]))).toEqual({ length: 0, from: null, to: null })
  })
})

describe('endMove', () => {
  it('says how the last month compares with the one before', () => {
    expect(endMove([])).toBeNull()
    expect(endMove(series('2023-01', [29_300_000]))).toEqual({ kind: 'first' })
    expect(endMove(series('2023-12', [33_970_000, 29_580_000]))).toEqual({ kind: 'restart' })
    expect(endMove(series('2023-01', [29_300_000, 30_120_000]))).toEqual({ kind: 'rose', delta: 820_000 })
    expect(endMove(series('2024-06', [36_000, 35_910]))).toEqual({ kind: 'fell', delta: -90 })
    expect(endMove(series('2024-06', [5, 5]))).toEqual({ kind: 'flat', delta: 0 })
  })
})

describe('isMet', () => {
  it('counts a target as shown: 99.96% is not met, 100.0% is', () => {
    expect(isMet(0.99996)).toBe(false)
    expect(isMet(1)).toBe(true)
    expect(isMet(32_953_000 / 30_192_000)).toBe(true)
  })
})

describe('attainment', () => {
  it('is value over target', () => {
    expect(attainment(32_953_000, 30_192_000)).toBeCloseTo(1.09145, 5)
    expect(attainment(0, 100)).toBe(0)
  })

  it('is null without a target', () => {
    expect(attainment(100, null)).toBeNull()
    expect(attainment(100, undefined)).toBeNull()
    expect(attainment(100, 0)).toBeNull()
  })
})

describe('change', () => {
  it('gives the absolute and relative change', () => {
    const c = change(6_696_000, 6_459_000)!
    expect(c.delta).toBe(237_000)
    expect(c.ratio).toBeCloseTo(237_000 / 6_459_000, 12)
    expect(change(90, 100)).toEqual({ delta: -10, ratio: -0.1 })
    expect(change(100, 100)).toEqual({ delta: 0, ratio: 0 })
  })

  it('is null when there is nothing before', () => {
    expect(change(100, null)).toBeNull()
    expect(change(100, undefined)).toBeNull()
  })

  it('has no ratio when the value before is zero', () => {
    expect(change(100, 0)).toEqual({ delta: 100, ratio: null })
    expect(change(0, 0)).toEqual({ delta: 0, ratio: null })
  })
})
