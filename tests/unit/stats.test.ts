/** Calculations on the data (src/lib/stats.ts): attainment, changes (streaks and moves: reports.test.ts). */
import { describe, expect, it } from 'vitest'
import { attainment, change, isMet } from '../../src/lib/stats'

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
