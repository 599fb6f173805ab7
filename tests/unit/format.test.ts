import { describe, expect, it } from 'vitest'
import {
  formatMonth,
  formatMonthRange,
  formatPercent,
  formatPersons,
  formatPersonsNumber,
  formatPersonsTick,
  formatPoints,
  personsUnit,
} from '../../src/lib/format'

/** What Node's Intl (ICU) writes in an English month range: thin space U+2009, en dash U+2013, thin space. */
const RANGE_DASH = '\u2009\u2013\u2009'

describe('formatPersons', () => {
  it('writes persons in 万 with one decimal in Chinese', () => {
    expect(formatPersons(32_953_000, 'zh')).toBe('3295.3万')
    // a tiny negative number rounds to zero without a stray minus sign
    expect(formatPersons(-400, 'zh')).toBe('0.0万')
    expect(formatPersons(-400, 'en')).toBe('0.000 million')
    expect(formatPersons(30_192_000, 'zh')).toBe('3019.2万')
    expect(formatPersons(6_696_000, 'zh')).toBe('669.6万')
    expect(formatPersons(4_059_000, 'zh')).toBe('405.9万')
    expect(formatPersons(0, 'zh')).toBe('0.0万')
  })

  it('does not group digits in Chinese', () => {
    expect(formatPersons(1_234_567_890, 'zh')).toBe('123456.8万')
  })

  it('writes persons in millions with three decimals in English, grouped', () => {
    expect(formatPersons(32_953_000, 'en')).toBe('32.953 million')
    expect(formatPersons(2_761_000, 'en')).toBe('2.761 million')
    expect(formatPersons(1_234_567_890, 'en')).toBe('1,234.568 million')
  })

  it('signs a change when asked', () => {
    expect(formatPersons(237_000, 'zh', { signed: true })).toBe('+23.7万')
    expect(formatPersons(237_000, 'en', { signed: true })).toBe('+0.237 million')
    expect(formatPersons(-237_000, 'zh', { signed: true })).toBe('-23.7万')
    expect(formatPersons(-237_000, 'en', { signed: true })).toBe('-0.237 million')
    expect(formatPersons(0, 'zh', { signed: true })).toBe('0.0万')
  })

  it('writes negatives with a minus sign without being asked', () => {
    expect(formatPersons(-237_000, 'zh')).toBe('-23.7万')
    expect(formatPersons(-2_761_000, 'en')).toBe('-2.761 million')
  })

  it('gives the bare number too', () => {
    expect(formatPersonsNumber(32_953_000, 'zh')).toBe('3295.3')
    expect(formatPersonsNumber(32_953_000, 'en')).toBe('32.953')
    expect(formatPersonsNumber(63_000, 'zh', { signed: true })).toBe('+6.3')
  })

  it('names the unit', () => {
    expect(personsUnit('zh')).toBe('万人')
    expect(personsUnit('en')).toBe('million persons')
  })
})

describe('formatPersonsTick', () => {
  it('writes compact axis ticks', () => {
    expect(formatPersonsTick(30_000_000, 'zh')).toBe('3000万')
    expect(formatPersonsTick(30_000_000, 'en')).toBe('30M')
    expect(formatPersonsTick(32_953_000, 'zh')).toBe('3295.3万')
    expect(formatPersonsTick(32_953_000, 'en')).toBe('32.953M')
    expect(formatPersonsTick(2_500_000, 'en')).toBe('2.5M')
    expect(formatPersonsTick(0, 'zh')).toBe('0')
    expect(formatPersonsTick(0, 'en')).toBe('0')
  })

  it('groups thousands in English only', () => {
    expect(formatPersonsTick(1_000_000_000, 'en')).toBe('1,000M')
    expect(formatPersonsTick(100_000_000, 'zh')).toBe('10000万')
  })
})

describe('formatPercent', () => {
  it('writes attainment with one decimal', () => {
    expect(formatPercent(32_953_000 / 30_192_000, 'zh')).toBe('109.1%')
    expect(formatPercent(32_953_000 / 30_192_000, 'en')).toBe('109.1%')
    expect(formatPercent(4_059_000 / 3_777_500, 'zh')).toBe('107.5%')
    expect(formatPercent(1, 'zh')).toBe('100.0%')
    expect(formatPercent(0, 'en')).toBe('0.0%')
  })

  it('signs a change when asked', () => {
    expect(formatPercent(0.0031, 'zh', { signed: true })).toBe('+0.3%')
    expect(formatPercent(-0.0123, 'en', { signed: true })).toBe('-1.2%')
    expect(formatPercent(0, 'en', { signed: true })).toBe('0.0%')
  })
})

describe('formatPoints', () => {
  it('writes percentage points', () => {
    expect(formatPoints(32_953_000 / 30_192_000 - 1, 'zh')).toBe('9.1个百分点')
    expect(formatPoints(32_953_000 / 30_192_000 - 1, 'en')).toBe('9.1 pp')
  })

  it('signs when asked', () => {
    expect(formatPoints(0.05, 'zh', { signed: true })).toBe('+5.0个百分点')
    expect(formatPoints(-0.05, 'en', { signed: true })).toBe('-5.0 pp')
  })
})

describe('formatMonth', () => {
  it('writes a month in full', () => {
    expect(formatMonth('2024-08', 'zh')).toBe('2024年8月')
    expect(formatMonth('2024-08', 'en')).toBe('Aug 2024')
    expect(formatMonth('2023-01', 'zh')).toBe('2023年1月')
    expect(formatMonth('2023-12', 'en')).toBe('Dec 2023')
  })

  it('writes the month alone in the short style', () => {
    expect(formatMonth('2024-08', 'zh', 'short')).toBe('8月')
    expect(formatMonth('2024-08', 'en', 'short')).toBe('Aug')
    expect(formatMonth('2024-12', 'zh', 'short')).toBe('12月')
  })

  it('does not shift the month with the time zone', () => {
    // month-starts in UTC: January must not become December in a western zone
    expect(formatMonth('2024-01', 'en')).toBe('Jan 2024')
  })
})

describe('formatMonthRange', () => {
  it('writes a same-year range in Chinese with the year once', () => {
    expect(formatMonthRange('2024-02', '2024-08', 'zh')).toBe('2024年2月至8月')
  })

  it('writes a cross-year range in Chinese with both years', () => {
    expect(formatMonthRange('2023-01', '2024-08', 'zh')).toBe('2023年1月至2024年8月')
  })

  it('writes an English range as Intl does, with thin spaces around an en dash', () => {
    expect(formatMonthRange('2024-02', '2024-08', 'en')).toBe(`Feb${RANGE_DASH}Aug 2024`)
    expect(formatMonthRange('2023-01', '2024-08', 'en')).toBe(`Jan 2023${RANGE_DASH}Aug 2024`)
  })

  it('writes a single month when both ends are the same', () => {
    expect(formatMonthRange('2024-08', '2024-08', 'zh')).toBe('2024年8月')
    expect(formatMonthRange('2024-08', '2024-08', 'en')).toBe('Aug 2024')
  })
})
