/**
 * Number and month formatting for the two languages. Numbers and months are written as Intl writes them but without
 * Intl, whose first object costs a page a long task (ICU starting): numbers by formatDecimal, months from tables
 * (both below), each held to Intl's output by a unit test. Dates and times of day (exports, notes) are written by
 * Intl. Two registers (glossary rule 3):
 *
 * - compact, for cards, tables, tooltips and axes: zh in 万 with one decimal (3295.3万), en in millions with three
 *   decimals as the source writes them (32.953 million), months abbreviated (Aug 2024);
 * - prose, for generated sentences: zh in 万人 without a trailing .0 (2958万人), en in millions without trailing
 *   zeros (29.58 million), months in full (August 2024).
 *
 * In both, a figure below 1万 (zh) or below a million (en) is written in whole persons (「90人」, "+16,000"), so a
 * small figure or change never rounds to 0.0万 or 0.000 million.
 */
export type Lang = 'zh' | 'en'

/** How formatDecimal writes a number: Intl.NumberFormat's options as this file uses them. */
export interface DecimalOptions {
  /** The decimals it is rounded to (Intl's maximumFractionDigits). */
  decimals: number
  /**
   * Every decimal written, trailing zeros too (Intl's minimumFractionDigits equal to its maximum); else none of its
   * trailing zeros (a minimum of 0).
   */
  fixed?: boolean
  /** Digits in groups of three, "1,000" (Intl's useGrouping true, and its default in both locales). */
  grouped: boolean
  /**
   * true: "+" or "-" for a figure that does not round to 0 (Intl's signDisplay 'exceptZero'); false: "-" for a negative
   * that does not round to 0 ('negative'); not given: "-" for every negative, -0 and one rounded to 0 included ("-0",
   * Intl's default 'auto').
   */
  signed?: boolean
  /** Written as a percentage: 0.253 → "25.3%" (Intl's style 'percent'). */
  percent?: boolean
}

/**
 * A number as Intl.NumberFormat writes it in zh-CN and in en-US, without Intl. The page's first `new
 * Intl.NumberFormat` costs 50–130 ms of the main thread in a cold Chromium load (ICU starting and loading its locale
 * data), a long task of its own where the budget is 50 ms; writing the digits here costs nothing of the kind. A unit
 * test (tests/unit/numberFormat.test.ts) holds it to Intl's own output for every option set this file uses, in both
 * locales, over thousands of values.
 *
 * The two locales write numbers with the same symbols: "-" (U+002D) and "+", "." for the decimal point, "," between
 * groups of three digits from 1,000 up (when grouping), "%" after a percentage with no space, "∞" and "NaN". As Intl
 * does, the number's shortest decimal (the digits `String(n)` writes) is rounded in decimal, half away from zero (1.005
 * to two decimals is 1.01, where `toFixed` writes 1.00), and a percentage is that decimal with its point moved two
 * places (0.0105 is 1.05%: 1.1% to one decimal).
 */
export function formatDecimal(n: number, { decimals, fixed, grouped, signed, percent }: DecimalOptions): string {
  // NaN is written unsigned, as a figure rounded to 0 is (and, not being negative, gets no minus from 'auto')
  let zero = Number.isNaN(n)
  let body = zero ? 'NaN' : '∞'
  if (Number.isFinite(n)) {
    // the shortest decimal's digits and exponent (toExponential() writes String(n)'s digits: 1.005 → "1.005e+0"), then
    // |n| × 10^decimals (and 100 for a percentage) in whole units, rounded half up
    const [mantissa, exponent] = Math.abs(n).toExponential().split('e')
    const digits = mantissa.replace('.', '')
    const places = +exponent + 1 - digits.length + decimals + (percent ? 2 : 0)
    const unit = 10n ** BigInt(Math.abs(places))
    const scaled = places < 0 ? (BigInt(digits) * 2n + unit) / (unit * 2n) : BigInt(digits) * unit
    zero = !scaled
    const written = String(scaled).padStart(decimals + 1, '0')
    const point = written.length - decimals
    const integer = written.slice(0, point)
    const fraction = fixed ? written.slice(point) : written.slice(point).replace(/0+$/, '')
    body = (grouped ? integer.replace(/\B(?=(\d{3})+$)/g, ',') : integer) + (fraction && `.${fraction}`)
  }
  const sign = n < 0 || Object.is(n, -0) ? '-' : signed ? '+' : ''
  return (zero && signed !== undefined ? '' : sign) + body + (percent ? '%' : '')
}

/** The large unit each language writes persons in, from that unit up, and the decimals it is shown with. */
const LARGE_UNIT: Record<Lang, { divisor: number; digits: number }> = {
  zh: { divisor: 1e4, digits: 1 },
  en: { divisor: 1e6, digits: 3 },
}

/** The smallest step a shown figure keeps: 1000 persons for 3295.3万 and 32.953 million, one person below. */
function shownStep(persons: number, lang: Lang): number {
  const { divisor, digits } = LARGE_UNIT[lang]
  return Math.abs(persons) >= divisor ? divisor / 10 ** digits : 1
}

/**
 * A persons figure rounded as it is shown (to 0.1万 or 0.001 million from the large unit up, whole persons below),
 * so that a difference of two shown figures can be computed from what the reader sees: 3,777,500 → 3,778,000.
 */
export function shownPersons(persons: number, lang: Lang): number {
  const step = shownStep(persons, lang)
  // half away from zero, as Intl rounds
  return Math.sign(persons) * Math.round(Math.abs(persons) / step) * step
}

/**
 * a − b as a reader subtracts the two shown figures (405.9万 − 377.8万 = 28.1万, not the exact 28.15万, which would
 * print 28.2万; 4.059 − 3.778 million = 281,000), so that a difference printed beside them agrees with them (issue
 * 16 #9). When the two print alike but differ, the exact difference, which is then finer than either.
 */
export function shownDifference(a: number, b: number, lang: Lang): number {
  const shown = shownPersons(a, lang) - shownPersons(b, lang)
  return shown === 0 ? a - b : shown
}

/**
 * a − b for a sentence that does not print a and b: exact where it prints in whole persons ("79,833 short", never a
 * round "80,000" that reads as exact), else as the shown figures differ (it then prints in 万 or millions, visibly
 * rounded, and agrees with a table that shows a and b).
 */
export function proseDifference(a: number, b: number, lang: Lang): number {
  const exact = a - b
  return shownStep(exact, lang) === 1 ? exact : shownDifference(a, b, lang)
}

/** A number rounded to `digits` significant figures (1984 → 2000 for two; 12,895 → 13,000); never a non-zero to 0. */
export function roundSignificant(n: number, digits: number): number {
  if (n === 0 || !Number.isFinite(n)) return n
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) + 1 - digits)
  return Math.sign(n) * Math.round(Math.abs(n) / step) * step
}

// `signed: !!signed`: an unsigned figure still shows its minus ('negative'), which an absent `signed` would write for
// -0 too ('auto')
function formatLarge(persons: number, lang: Lang, signed: boolean | undefined, fixed: boolean): string {
  const { divisor, digits } = LARGE_UNIT[lang]
  return formatDecimal(shownPersons(persons, lang) / divisor, {
    decimals: digits,
    fixed,
    grouped: lang === 'en',
    signed: !!signed,
  })
}

function formatWhole(persons: number, lang: Lang, signed: boolean | undefined): string {
  return formatDecimal(Math.round(persons), { decimals: 0, grouped: lang === 'en', signed: !!signed })
}

function isLarge(persons: number, lang: Lang): boolean {
  return Math.abs(shownPersons(persons, lang)) >= LARGE_UNIT[lang].divisor
}

/**
 * Compact, for cards, tables and tooltips: 32953000 → "3295.3万" / "32.953 million"; 237000 → "23.7万" /
 * "237,000"; 90 → "90人" / "90".
 */
export function formatPersons(persons: number, lang: Lang, options: { signed?: boolean } = {}): string {
  if (isLarge(persons, lang)) {
    const n = formatLarge(persons, lang, options.signed, true)
    return lang === 'zh' ? `${n}万` : `${n} million`
  }
  const n = formatWhole(persons, lang, options.signed)
  return lang === 'zh' ? `${n}人` : n
}

/**
 * For sentences (glossary rule 3): 29580000 → "2958万人" / "29.58 million"; 2761000 → "276.1万人" /
 * "2.761 million"; 16000 → "1.6万人" / "16,000"; 90 → "90人" / "90".
 */
export function formatPersonsProse(persons: number, lang: Lang, options: { signed?: boolean } = {}): string {
  if (isLarge(persons, lang)) {
    const n = formatLarge(persons, lang, options.signed, false)
    return lang === 'zh' ? `${n}万人` : `${n} million`
  }
  const n = formatWhole(persons, lang, options.signed)
  return lang === 'zh' ? `${n}人` : n
}

/** The unit persons are counted in, for headers and axis titles (3295.3万 and 32.953 million are counts of 人). */
export function personsUnit(lang: Lang): string {
  return lang === 'zh' ? '人' : 'persons'
}

/**
 * Compact axis ticks: 30000000 → "3000万" / "30M"; 20500 → "2.05万" / "20.5K"; 500 → "500". Ticks are written
 * exactly (a nice step is a short decimal), so two different ticks never print alike and no tick above zero prints
 * as 0. Pass the axis's ticks to write them all in the unit of the largest.
 */
export function formatPersonsTick(persons: number, lang: Lang, ticks?: readonly number[]): string {
  if (persons === 0) return '0'
  const largest = ticks?.length ? Math.max(...ticks.map(Math.abs)) : Math.abs(persons)
  // English writes thousands as K only from 10K up, so that a small axis reads 0, 500, 1,000 rather than 0.5K.
  const units: { divisor: number; suffix: string; from: number }[] =
    lang === 'zh'
      ? [{ divisor: 1e4, suffix: '万', from: 1e4 }]
      : [
          { divisor: 1e6, suffix: 'M', from: 1e6 },
          { divisor: 1e3, suffix: 'K', from: 1e4 },
        ]
  const unit = units.find((u) => largest >= u.from) ?? { divisor: 1, suffix: '' }
  const n = formatDecimal(persons / unit.divisor, { decimals: 6, grouped: lang === 'en' })
  return `${n}${unit.suffix}`
}

/**
 * A ratio as rounded for showing, to `digits` decimals of a per cent, except that a ratio below 1 never shows as
 * 100%: 0.99996 is shown, and counted, as 99.9%, not met (glossary rule 5).
 */
export function shownRatio(ratio: number, digits = 1): number {
  const scale = 10 ** (digits + 2)
  const rounded = Math.round(ratio * scale) / scale
  return ratio < 1 && rounded >= 1 ? 1 - 1 / scale : rounded
}

/**
 * A ratio as a percentage with one decimal (or `digits`): 1.0914 → "109.1%"; 0.99996 → "99.9%". Both languages
 * write it alike (as Intl does in zh-CN and en-US).
 */
export function formatPercent(ratio: number, _lang: Lang, options: { signed?: boolean; digits?: number } = {}): string {
  const digits = options.digits ?? 1
  return formatDecimal(shownRatio(ratio, digits), {
    decimals: digits,
    fixed: true,
    grouped: true,
    signed: !!options.signed,
    percent: true,
  })
}

/** A difference of two ratios in percentage points: 0.0914 → "9.1个百分点" / "9.1 pp". */
export function formatPoints(ratioDifference: number, lang: Lang, options: { signed?: boolean } = {}): string {
  const n = formatDecimal(Math.round(ratioDifference * 1000) / 10, {
    decimals: 1,
    fixed: true,
    grouped: true,
    signed: !!options.signed,
  })
  return lang === 'zh' ? `${n}个百分点` : `${n} pp`
}

/**
 * The month names Intl's en-US (short) and en-GB (long) formats write. Months are written from these tables, not by
 * Intl.DateTimeFormat: the first DateTimeFormat of a page costs 40–170 ms of the main thread here (ICU loading its
 * locale data and pattern generator), spent in the render that puts the headline figures on screen (issue 25). A
 * unit test checks every month of every style against Intl's own output.
 */
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const EN_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * The range separator for months in English: an en dash between thin spaces, as CLDR (and Node's ICU) write it.
 * Chromium 156's ICU wrote plain spaces: from the table, every browser shows the same.
 */
const EN_RANGE_DASH = '\u2009\u2013\u2009'

function yearMonth(month: string): [year: string, month: number] {
  return [month.slice(0, 4), Number(month.slice(5, 7))]
}

/**
 * "2024-08" → "2024年8月" / "Aug 2024"; with `short`, the month alone ("8月" / "Aug"); with `full`, the month
 * written out for sentences ("2024年8月" / "August 2024").
 */
export function formatMonth(month: string, lang: Lang, style: 'long' | 'short' | 'full' = 'long'): string {
  const [y, m] = yearMonth(month)
  if (lang === 'zh') return style === 'short' ? `${m}月` : `${y}年${m}月`
  if (style === 'short') return EN_MONTHS_SHORT[m - 1]
  return `${(style === 'full' ? EN_MONTHS_LONG : EN_MONTHS_SHORT)[m - 1]} ${y}`
}

/**
 * A date and time for export footers and notes, one date style per language: "2026年11月29日15:04" /
 * "29 November 2026, 15:04" (the style of the source line's "29 September 2024"). Chinese has no space between
 * the date and the time (glossary rule 4).
 */
export function formatDateTime(date: Date, lang: Lang): string {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
  return lang === 'zh' ? `${formatDate(date, lang)}${time}` : `${formatDate(date, lang)}, ${time}`
}

/** A date as a document is dated: "2026年11月29日" / "29 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(date)
}

/**
 * A period of months: "2024年2月至8月" / "Feb – Aug 2024" (the year once when both ends share it, as Intl's English
 * range format writes it; ICU's Chinese range format would write "2024/2 – 2024/8").
 */
export function formatMonthRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatMonth(from, lang)
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  if (lang === 'en')
    return `${formatMonth(from, lang, sameYear ? 'short' : 'long')}${EN_RANGE_DASH}${formatMonth(to, lang)}`
  return `${formatMonth(from, lang)}至${formatMonth(to, lang, sameYear ? 'short' : 'long')}`
}
