/** Numbers, percentages, months and dates as the app writes them in each language (src/lib/format.ts). */
import { describe, expect, it } from 'vitest'
import {
  formatMonth,
  formatMonthRange,
  formatPercent,
  formatDateTime,
  formatPersons,
  formatPersonsProse,
  formatPersonsTick,
  formatPoints,
  personsUnit,
  shownDifference,
  shownPersons,
  shownRatio,
} from '../../src/lib/format'

/** What Node's Intl (ICU) writes in an English month range: thin space U+2009, en dash U+2013, thin space. */
const RANGE_DASH = '\u2009\u2013\u2009'

describe('formatPersons (cards, tables, tooltips)', () => {
  it('writes persons in 万 with one decimal in Chinese from 1万 up', () => {
    expect(formatPersons(32_953_000, 'zh')).toBe('3295.3万')
    expect(formatPersons(30_192_000, 'zh')).toBe('3019.2万')
    expect(formatPersons(6_696_000, 'zh')).toBe('669.6万')
    expect(formatPersons(4_059_000, 'zh')).toBe('405.9万')
    expect(formatPersons(10_000, 'zh')).toBe('1.0万')
  })

  it('writes a figure below 1万 / a million in whole persons, never 0.0万 or 0.000 million (issue 16 #2)', () => {
    expect(formatPersons(9_999, 'zh')).toBe('9999人')
    expect(formatPersons(90, 'zh')).toBe('90人')
    expect(formatPersons(70, 'en', { signed: true })).toBe('+70')
    expect(formatPersons(-400, 'zh')).toBe('-400人')
    expect(formatPersons(0, 'zh')).toBe('0人')
    expect(formatPersons(0, 'en', { signed: true })).toBe('0')
    expect(formatPersons(999_999, 'en')).toBe('999,999')
    expect(formatPersons(66_000, 'en')).toBe('66,000')
    expect(formatPersons(1_000_000, 'en')).toBe('1.000 million')
  })

  it('does not group digits in Chinese', () => {
    expect(formatPersons(1_234_567_890, 'zh')).toBe('123456.8万')
  })

  it('writes persons in millions with three decimals in English, grouped', () => {
    expect(formatPersons(32_953_000, 'en')).toBe('32.953 million')
    expect(formatPersons(2_761_000, 'en')).toBe('2.761 million')
    expect(formatPersons(1_234_567_890, 'en')).toBe('1,234.568 million')
  })

  it('signs a change when asked: the published +237,000 on August 2023', () => {
    expect(formatPersons(237_000, 'zh', { signed: true })).toBe('+23.7万')
    expect(formatPersons(237_000, 'en', { signed: true })).toBe('+237,000')
    expect(formatPersons(-237_000, 'zh', { signed: true })).toBe('-23.7万')
    expect(formatPersons(-2_761_000, 'en', { signed: true })).toBe('-2.761 million')
  })
})

describe('formatPersonsProse (sentences, glossary rule 3)', () => {
  it('drops a trailing .0 in Chinese and keeps a real decimal', () => {
    expect(formatPersonsProse(29_580_000, 'zh')).toBe('2958万人')
    expect(formatPersonsProse(32_953_000, 'zh')).toBe('3295.3万人')
    expect(formatPersonsProse(2_761_000, 'zh')).toBe('276.1万人')
    expect(formatPersonsProse(820_000, 'zh')).toBe('82万人')
    expect(formatPersonsProse(9_950, 'zh')).toBe('9950人')
  })

  it('writes millions without trailing zeros in English, whole numbers below', () => {
    expect(formatPersonsProse(32_953_000, 'en')).toBe('32.953 million')
    expect(formatPersonsProse(29_300_000, 'en')).toBe('29.3 million')
    expect(formatPersonsProse(30_000_000, 'en')).toBe('30 million')
    expect(formatPersonsProse(16_000, 'en', { signed: true })).toBe('+16,000')
    expect(formatPersonsProse(237_000, 'en')).toBe('237,000')
  })

  it('chooses the unit from the figure as rounded: 9,999,950 is 1000万人, 999,999.6 stays below a million', () => {
    expect(formatPersonsProse(9_999_950, 'zh')).toBe('1000万人')
    expect(formatPersonsProse(9_999.6, 'zh')).toBe('1万人')
  })
})

describe('shown figures and differences (glossary rule 5, issue 16 #9)', () => {
  it('rounds as shown', () => {
    expect(shownPersons(3_777_500, 'zh')).toBe(3_778_000)
    expect(shownPersons(-3_777_500, 'en')).toBe(-3_778_000)
    expect(shownPersons(9_876, 'zh')).toBe(9_876)
  })

  it('subtracts the shown figures: 405.9万 − 377.8万 = 28.1万', () => {
    expect(shownDifference(4_059_000, 3_777_500, 'zh')).toBe(281_000)
    expect(shownDifference(4_059_000, 3_777_500, 'en')).toBe(281_000)
    expect(shownDifference(32_953_000, 30_192_000, 'zh')).toBe(2_761_000)
    // print alike, differ: the exact difference
    expect(shownDifference(30_191_900, 30_192_000, 'zh')).toBe(-100)
  })

  it('never shows a shortfall as 100%', () => {
    expect(shownRatio(0.99996)).toBe(0.999)
    expect(formatPercent(0.99996, 'zh')).toBe('99.9%')
    expect(formatPercent(1.00004, 'en')).toBe('100.0%')
    expect(formatPercent(0.995, 'en', { digits: 0 })).toBe('99%')
  })
})

describe('personsUnit', () => {
  it('names the unit the figures count (万 and million are multipliers)', () => {
    expect(personsUnit('zh')).toBe('人')
    expect(personsUnit('en')).toBe('persons')
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

  it('writes the month in full for sentences', () => {
    expect(formatMonth('2024-08', 'en', 'full')).toBe('August 2024')
    expect(formatMonth('2024-08', 'zh', 'full')).toBe('2024年8月')
  })

  it('writes every month of every style as Intl.DateTimeFormat does (the tables it is written from)', () => {
    const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    const styles = {
      zh: {
        long: intl('zh-CN', { year: 'numeric', month: 'long' }),
        full: intl('zh-CN', { year: 'numeric', month: 'long' }),
        short: intl('zh-CN', { month: 'numeric' }),
      },
      en: {
        long: intl('en-US', { year: 'numeric', month: 'short' }),
        full: intl('en-GB', { year: 'numeric', month: 'long' }),
        short: intl('en-US', { month: 'short' }),
      },
    } as const
    for (const year of [2019, 2024, 2031])
      for (let m = 1; m <= 12; m += 1) {
        const month = `${year}-${String(m).padStart(2, '0')}`
        const date = new Date(Date.UTC(year, m - 1, 1))
        for (const lang of ['zh', 'en'] as const)
          for (const style of ['long', 'full', 'short'] as const)
            expect(formatMonth(month, lang, style), `${month} ${lang} ${style}`).toBe(styles[lang][style].format(date))
        // and an English range as Intl's range format writes it, within a year and across years
        const from = new Date(Date.UTC(year, 0, 1))
        if (m > 1) expect(formatMonthRange(`${year}-01`, month, 'en')).toBe(styles.en.long.formatRange(from, date))
        const before = new Date(Date.UTC(year - 1, m - 1, 1))
        const previous = `${year - 1}-${String(m).padStart(2, '0')}`
        expect(formatMonthRange(previous, month, 'en')).toBe(styles.en.long.formatRange(before, date))
      }
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

describe('formatDateTime', () => {
  it('writes one date style per language, with no space inside Chinese', () => {
    const date = new Date(2026, 10, 29, 15, 4)
    expect(formatDateTime(date, 'zh')).toBe('2026年11月29日15:04')
    expect(formatDateTime(date, 'en')).toBe('29 November 2026, 15:04')
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
