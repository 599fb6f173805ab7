/** Axis ranges and ticks, and the tick labels they print as. */
import { describe, expect, it } from 'vitest'
import { niceScale } from '../../src/charts/scale'
import { formatPersonsTick, type Lang } from '../../src/lib/format'

describe('niceScale', () => {
  const isNiceStep = (step: number) => {
    const power = 10 ** Math.floor(Math.log10(step))
    return [1, 2, 2.5, 5, 10].some((k) => Math.abs(step - k * power) < power * 1e-9)
  }

  it('holds every value in a range of whole, nice steps', () => {
    for (const values of [
      [30_490_000, 32_953_000, 30_192_000],
      [3, 97],
      [0.2, 0.7],
      [12_345, 12_346],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ]) {
      const { domain, ticks } = niceScale(values)
      expect(domain[0]).toBeLessThanOrEqual(Math.min(...values))
      expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values))
      expect(domain[0]).toBeGreaterThanOrEqual(0)
      expect(ticks[0]).toBeCloseTo(domain[0], 9)
      expect(ticks[ticks.length - 1]).toBeCloseTo(domain[1], 9)
      const step = ticks[1] - ticks[0]
      expect(isNiceStep(step), `${values}: step ${step}`).toBe(true)
      for (let i = 1; i < ticks.length; i += 1) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(step, 6)
      expect(ticks.length).toBeLessThanOrEqual(7)
      expect(ticks.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('hugs a trend rather than starting from zero', () => {
    const { domain } = niceScale([30_000_000, 33_000_000])
    expect(domain[0]).toBeGreaterThan(25_000_000)
    expect(domain[1]).toBeLessThan(40_000_000)
  })

  it('starts bars at zero', () => {
    const { domain, ticks } = niceScale([30_000_000, 33_000_000], { fromZero: true })
    expect(domain[0]).toBe(0)
    expect(ticks[0]).toBe(0)
    expect(domain[1]).toBeGreaterThanOrEqual(33_000_000)
    expect(niceScale([1.2, 0.5], { fromZero: true }).domain).toEqual([0, 1.25])
  })

  it('never goes below zero, even when the margin would', () => {
    expect(niceScale([0, 1]).domain[0]).toBe(0)
    expect(niceScale([1, 100]).domain[0]).toBe(0)
    const small = niceScale([0.5]).domain
    expect(small[0]).toBeGreaterThanOrEqual(0)
    expect(small[0]).toBeLessThan(0.5)
    expect(small[1]).toBeGreaterThan(0.5)
  })

  it('widens a single value into a range', () => {
    const { domain, ticks } = niceScale([32_953_000])
    expect(domain[0]).toBeLessThan(32_953_000)
    expect(domain[1]).toBeGreaterThan(32_953_000)
    expect(ticks.length).toBeGreaterThanOrEqual(2)
    const zero = niceScale([0], { fromZero: true })
    expect(zero.domain).toEqual([0, 1])
    expect(zero.ticks).toHaveLength(6)
  })

  it('gives 0 … 1 for no values', () => {
    expect(niceScale([])).toEqual({ domain: [0, 1], ticks: [0, 1] })
  })

  it('respects maxTicks', () => {
    const { ticks } = niceScale([0, 100], { fromZero: true, maxTicks: 2 })
    expect(ticks).toEqual([0, 50, 100])
    expect(niceScale([0, 100], { fromZero: true }).ticks).toEqual([0, 20, 40, 60, 80, 100])
  })
})

describe('axis ticks print distinct and non-zero whatever the range (issue 16 #2)', () => {
  // Workshops by month-on-month change (+15 … +303), Xinjiang workshops (about 2万), Ningxia key counties, national.
  const ranges: { values: number[]; fromZero: boolean }[] = [
    { values: [15, 303], fromZero: true },
    { values: [19_800, 20_400, 21_143], fromZero: false },
    { values: [25_100, 26_998, 26_092], fromZero: false },
    { values: [-24_153, 45_219], fromZero: true },
    { values: [29_300_000, 32_953_000, 30_192_000], fromZero: false },
    { values: [62_696, 3_314_000], fromZero: true },
  ]
  for (const { values, fromZero } of ranges) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${values.join(', ')} (${lang})`, () => {
        const { ticks } = niceScale(values, { fromZero })
        const labels = ticks.map((v) => formatPersonsTick(v, lang, ticks))
        expect(new Set(labels).size, labels.join(' ')).toBe(labels.length)
        ticks.forEach((v, i) => {
          if (v !== 0) expect(labels[i]).not.toMatch(/^-?0(\.0+)?(万|M|K)?$/)
        })
      })
    }
  }

  it('writes the ticks of an axis in one unit when given them', () => {
    expect([0, 5_000, 10_000, 15_000].map((v) => formatPersonsTick(v, 'zh', [0, 5_000, 10_000, 15_000]))).toEqual([
      '0',
      '0.5万',
      '1万',
      '1.5万',
    ])
    expect([0, 100, 200, 300].map((v) => formatPersonsTick(v, 'en', [0, 100, 200, 300]))).toEqual([
      '0',
      '100',
      '200',
      '300',
    ])
    expect([0, 20_000, 40_000].map((v) => formatPersonsTick(v, 'en', [0, 20_000, 40_000]))).toEqual(['0', '20K', '40K'])
  })
})
