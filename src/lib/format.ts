/**
 * Number and month formatting for the two languages, through Intl.
 * zh: persons in 万 with one decimal (3295.3万), months as 2024年8月, percentage points as 个百分点.
 * en: persons in millions with three decimals, as the source writes them (32.953 million), months as Aug 2024.
 */
export type Lang = 'zh' | 'en'

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' }
const cache = new Map<string, Intl.NumberFormat>()
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options)
  let nf = cache.get(key)
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], options)
    cache.set(key, nf)
  }
  return nf
}

/** The divisor and decimals each language shows persons in. */
const PERSONS_SCALE: Record<Lang, { divisor: number; digits: number }> = {
  zh: { divisor: 1e4, digits: 1 },
  en: { divisor: 1e6, digits: 3 },
}

/** The number part of a persons figure, scaled for the language: 32953000 → "3295.3" (zh) or "32.953" (en). */
export function formatPersonsNumber(persons: number, lang: Lang, options: { signed?: boolean } = {}): string {
  const { divisor, digits } = PERSONS_SCALE[lang]
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: lang === 'en',
    signDisplay: options.signed ? 'exceptZero' : 'negative',
  }).format(persons / divisor)
}

/** 32953000 → "3295.3万" (zh) or "32.953 million" (en). */
export function formatPersons(persons: number, lang: Lang, options: { signed?: boolean } = {}): string {
  const n = formatPersonsNumber(persons, lang, options)
  return lang === 'zh' ? `${n}万` : `${n} million`
}

/** The unit persons are shown in, for headers and axis titles. */
export function personsUnit(lang: Lang): string {
  return lang === 'zh' ? '万人' : 'million persons'
}

/** Compact axis ticks: 30000000 → "3000万" / "30M". */
export function formatPersonsTick(persons: number, lang: Lang): string {
  if (persons === 0) return '0'
  const { divisor } = PERSONS_SCALE[lang]
  const n = numberFormat(lang, {
    maximumFractionDigits: PERSONS_SCALE[lang].digits,
    useGrouping: lang === 'en',
  }).format(persons / divisor)
  return lang === 'zh' ? `${n}万` : `${n}M`
}

/** A ratio as a percentage with one decimal (or `digits`): 1.0914 → "109.1%". */
export function formatPercent(ratio: number, lang: Lang, options: { signed?: boolean; digits?: number } = {}): string {
  const digits = options.digits ?? 1
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? 'exceptZero' : 'negative',
  }).format(ratio)
}

/** A difference of two ratios in percentage points: 0.0914 → "9.1个百分点" / "9.1 pp". */
export function formatPoints(ratioDifference: number, lang: Lang, options: { signed?: boolean } = {}): string {
  const n = numberFormat(lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: options.signed ? 'exceptZero' : 'negative',
  }).format(ratioDifference * 100)
  return lang === 'zh' ? `${n}个百分点` : `${n} pp`
}

const monthFormats = {
  zh: {
    long: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('zh-CN', { month: 'numeric', timeZone: 'UTC' }),
  },
  en: {
    long: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }),
  },
}

function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, 1))
}

/** "2024-08" → "2024年8月" / "Aug 2024"; with `short`, the month alone ("8月" / "Aug"). */
export function formatMonth(month: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  return monthFormats[lang][style].format(monthDate(month))
}

/** A date and time for export footers: "2026/11/29 15:04" / "Nov 29, 2026, 3:04 PM". */
export function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/**
 * A period of months: "2024年2月至8月" / "Feb – Aug 2024". Chinese is composed, since ICU's zh range format
 * writes "2024/2 – 2024/8"; English uses Intl's own range format.
 */
export function formatMonthRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatMonth(from, lang)
  if (lang === 'en') return monthFormats.en.long.formatRange(monthDate(from), monthDate(to))
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  return `${formatMonth(from, lang)}至${formatMonth(to, lang, sameYear ? 'short' : 'long')}`
}
