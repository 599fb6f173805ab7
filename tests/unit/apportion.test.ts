/** Largest-remainder apportionment (mocks/data/apportion.ts), which shares national figures out to provinces. */
import { describe, expect, it } from 'vitest'
import { apportion } from '../../mocks/data/apportion'

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('apportion (largest remainder)', () => {
  it('splits a whole into parts that sum to exactly the whole', () => {
    const cases: [number, number[]][] = [
      [
        32_953_000,
        [
          10, 10, 9.6, 9.1, 8.8, 7.6, 6, 5.7, 5.5, 4.3, 4.1, 3.6, 3.1, 2.7, 2.6, 1.5, 1, 1, 0.8, 0.7, 0.7, 0.6, 0.5,
          0.3, 0.2,
        ],
      ],
      [100, [1, 1, 1]],
      [7, [0.1, 0.2, 0.3, 0.4]],
      [1, [3, 3, 3, 3, 3]],
      [999_999, [Math.PI, Math.E, Math.SQRT2]],
    ]
    for (const [whole, weights] of cases) {
      const parts = apportion(whole, weights)
      expect(parts).toHaveLength(weights.length)
      expect(sum(parts)).toBe(whole)
      parts.forEach((p) => expect(Number.isInteger(p)).toBe(true))
    }
  })

  it('gives each part its exact quota rounded down or up, never further', () => {
    const weights = [5, 3, 2, 7, 11, 13]
    const whole = 1_234_567
    const parts = apportion(whole, weights)
    const total = sum(weights)
    parts.forEach((p, i) => {
      const quota = (whole * weights[i]) / total
      expect(p).toBeGreaterThanOrEqual(Math.floor(quota))
      expect(p).toBeLessThanOrEqual(Math.ceil(quota))
    })
  })

  it('gives the leftover units to the largest remainders', () => {
    // quotas 3.5 / 2.8 / 3.7 → floors 3/2/3, two units left: to .8 and .7
    expect(apportion(10, [35, 28, 37])).toEqual([3, 3, 4])
  })

  it('breaks ties in favour of the earlier weight, deterministically', () => {
    expect(apportion(1, [1, 1])).toEqual([1, 0])
    expect(apportion(2, [1, 1, 1])).toEqual([1, 1, 0])
    expect(apportion(5, [2, 2, 2, 2])).toEqual([2, 1, 1, 1])
    expect(apportion(5, [2, 2, 2, 2])).toEqual(apportion(5, [2, 2, 2, 2]))
  })

  it('gives nothing to a zero weight and splits zero into zeros', () => {
    expect(apportion(10, [0, 1, 0])).toEqual([0, 10, 0])
    expect(apportion(0, [1, 2, 3])).toEqual([0, 0, 0])
  })

  it('keeps exact proportions whole', () => {
    expect(apportion(600, [1, 2, 3])).toEqual([100, 200, 300])
  })

  it('does not change its input', () => {
    const weights = [3, 1, 2]
    apportion(10, weights)
    expect(weights).toEqual([3, 1, 2])
  })

  it('rejects a whole that is negative, fractional or not finite', () => {
    expect(() => apportion(-1, [1, 1])).toThrow(/not a whole non-negative number/)
    expect(() => apportion(1.5, [1, 1])).toThrow(/not a whole non-negative number/)
    expect(() => apportion(Number.NaN, [1, 1])).toThrow(/not a whole non-negative number/)
    expect(() => apportion(Number.POSITIVE_INFINITY, [1, 1])).toThrow(/not a whole non-negative number/)
  })

  it('rejects negative weights, weights summing to zero, and no weights', () => {
    expect(() => apportion(10, [1, -1, 2])).toThrow(/weights must be non-negative/)
    expect(() => apportion(10, [0, 0])).toThrow(/positive sum/)
    expect(() => apportion(10, [])).toThrow(/positive sum/)
  })

  it('rejects weights that are not finite numbers, rather than returning parts that do not add up', () => {
    expect(() => apportion(10, [Number.NaN, 1])).toThrow()
    expect(() => apportion(10, [Number.POSITIVE_INFINITY, 1])).toThrow()
  })
})
