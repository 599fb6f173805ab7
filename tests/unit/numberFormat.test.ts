/**
 * The numbers src/lib/format.ts writes, held to Intl.NumberFormat (in the ICU of the Node that runs the test). They
 * are written by its formatDecimal, not by Intl, whose first object costs a cold page load a long task; it must
 * write exactly what Intl writes, for every option set format.ts uses, in zh-CN and in en-US.
 *
 * Two sweeps: formatDecimal against Intl for each option set over many values (grouping boundaries, zeros and
 * values that round to zero, halves at every decimal place, huge and tiny magnitudes, seeded random doubles), and
 * format.ts's public functions against the same functions written through Intl (the code as it was before
 * formatDecimal, below) over persons, ratios and axis ticks.
 */
import { describe, expect, it } from 'vitest'
import {
  formatDecimal,
  formatPercent,
  formatPersons,
  formatPersonsProse,
  formatPersonsTick,
  formatPoints,
  shownPersons,
  shownRatio,
  type DecimalOptions,
  type Lang,
} from '../../src/lib/format'

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' }
const LANGS: readonly Lang[] = ['zh', 'en']
const SIGNS = ['negative', 'exceptZero'] as const

const formats = new Map<string, Intl.NumberFormat>()
function intl(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options)
  let nf = formats.get(key)
  if (!nf) formats.set(key, (nf = new Intl.NumberFormat(LOCALE[lang], options)))
  return nf
}

/** A seeded generator (mulberry32): the same values on every run. */
function seeded(seed: number): () => number {
  let s = seed
  return () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` decimal digits drawn from `random`. */
function digits(random: () => number, count: number): string {
  let out = ''
  for (let i = 0; i < count; i += 1) out += String(Math.floor(random() * 10))
  return out
}

/** Each value and its negative, once each (-0 kept apart from 0). */
function withNegatives(values: readonly number[]): number[] {
  const seen = new Set<string>()
  const out: number[] = []
  for (const v of values.flatMap((v) => [v, -v])) {
    const key = Object.is(v, -0) ? '-0' : String(v)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(v)
    }
  }
  return out
}

/** The values formatDecimal is swept over. */
function sweepValues(): number[] {
  const random = seeded(20240829)
  const values: number[] = [0, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, NaN, Infinity]
  values.push(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e21, 1e21 - 65536, 1.5e21, 1e22, 1e-6, 1e-7, 1.5e-7, 9.5e-7)
  // integers and near-integers around every grouping boundary
  for (let k = 0; k <= 22; k += 1)
    for (const offset of [-1, -0.5, -0.4, 0, 0.4, 0.5, 1]) values.push(10 ** k + offset, 2 * 10 ** k + offset)
  for (const n of [999, 1000, 1001, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 1_234_567, 12_345_678])
    values.push(n, n + 0.5, n - 0.5, n + 0.05, n + 0.0005)
  // halves at every decimal place (x.5, x.x5, x.xx5, …), just below and just above them
  for (let places = 0; places <= 9; places += 1)
    for (const whole of ['0', '1', '2', '9', '99', '999', '1234', '99999', '123456789']) {
      for (const fraction of [digits(random, places), '9'.repeat(places), '0'.repeat(places)]) {
        values.push(Number(`${whole}.${fraction}5`), Number(`${whole}.${fraction}4999999`))
        values.push(Number(`${whole}.${fraction}5000001`), Number(`${whole}.${fraction}45`))
      }
    }
  // the classic cases where binary arithmetic rounds the other way
  values.push(1.005, 1.0005, 2.675, 1.255, 0.285, 0.0105, 0.00105, 0.145, 8.345, 1.45, 0.035, 0.615, 10.235)
  // values that round to zero, or just do not, at every precision used (and a percentage's two places more)
  for (let places = 0; places <= 10; places += 1)
    for (const m of [1, 4, 4.9, 4.999999, 5, 5.000001, 9.5]) values.push(m * 10 ** -(places + 1))
  // the callers' quotients: persons near 1万 and a million, divided as format.ts divides them
  for (const base of [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9])
    for (const offset of [-501, -500, -499, -50, -49, -5, -1, -0.5, 0, 0.5, 1, 49, 50, 499, 500, 501])
      for (const divisor of [1, 1e3, 1e4, 1e6]) values.push((base + offset) / divisor)
  // huge and tiny magnitudes, through exponent notation and out of it
  for (let e = -323; e <= 308; e += 1) values.push(Number(`1e${e}`), Number(`5e${e}`), Number(`9.5e${e}`))
  for (let e = -30; e <= 30; e += 1) values.push(Number(`1.2345678901234567e${e}`), Number(`4.4999e${e}`))
  // seeded random doubles: any magnitude, short decimals (whose halves Intl rounds up), and any bit pattern
  const bits = new DataView(new ArrayBuffer(8))
  for (let i = 0; i < 2000; i += 1) {
    values.push(random() * 10 ** Math.floor(random() * 30 - 12))
    const places = Math.floor(random() * 9)
    values.push(Number(`${Math.floor(random() * 1e6)}.${digits(random, places)}`))
    values.push(Math.round(random() * 1e7) / 1e4 + (random() - 0.5) * 1e-12)
    bits.setUint32(0, Math.floor(random() * 2 ** 32))
    bits.setUint32(4, Math.floor(random() * 2 ** 32))
    const any = bits.getFloat64(0)
    if (Number.isFinite(any)) values.push(any)
  }
  return withNegatives(values)
}

/** An option set as format.ts passed it to Intl.NumberFormat (before formatDecimal), and where format.ts uses it. */
interface OptionSet {
  use: string
  lang: Lang
  options: {
    style?: 'percent'
    minimumFractionDigits?: number
    maximumFractionDigits: number
    useGrouping?: boolean
    signDisplay?: 'negative' | 'exceptZero'
  }
}

/** Every option set format.ts uses, in both languages. */
function optionSets(): OptionSet[] {
  const sets: OptionSet[] = []
  for (const lang of LANGS) {
    const useGrouping = lang === 'en'
    const largeDigits = lang === 'zh' ? 1 : 3
    for (const signDisplay of SIGNS) {
      // the two minimums formatLarge passes: formatPersons keeps every decimal, formatPersonsProse drops trailing zeros
      for (const min of [0, largeDigits])
        sets.push({
          use: 'formatLarge',
          lang,
          options: { minimumFractionDigits: min, maximumFractionDigits: largeDigits, useGrouping, signDisplay },
        })
      sets.push({ use: 'formatWhole', lang, options: { maximumFractionDigits: 0, useGrouping, signDisplay } })
      for (let digits = 0; digits <= 3; digits += 1)
        sets.push({
          use: 'formatPercent',
          lang,
          options: { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay },
        })
      sets.push({
        use: 'formatPoints',
        lang,
        options: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay },
      })
    }
    sets.push({ use: 'formatPersonsTick', lang, options: { maximumFractionDigits: 6, useGrouping } })
  }
  return sets
}

/**
 * The same options for formatDecimal: `fixed` for a minimum of decimals equal to the maximum (every set above has a
 * minimum of 0 or the maximum), Intl's default grouping ('auto') groups in both locales, and no `signed` for Intl's
 * default sign display ('auto').
 */
function decimalOptions(options: OptionSet['options']): DecimalOptions {
  const { style, minimumFractionDigits = 0, maximumFractionDigits, useGrouping = true, signDisplay } = options
  const fixed = minimumFractionDigits === maximumFractionDigits
  if (!fixed && minimumFractionDigits !== 0) throw new Error(`no formatDecimal for ${JSON.stringify(options)}`)
  return {
    decimals: maximumFractionDigits,
    fixed,
    grouped: useGrouping,
    signed: signDisplay === undefined ? undefined : signDisplay === 'exceptZero',
    percent: style === 'percent',
  }
}

interface Mismatch {
  input: string
  ours: string
  intl: string
}

/** Up to 10 cases where the two differ, and how many there were. */
function compare(cases: Iterable<[input: string, ours: string, intl: string]>): {
  count: number
  mismatches: Mismatch[]
  wrong: number
} {
  const mismatches: Mismatch[] = []
  let count = 0
  let wrong = 0
  for (const [input, ours, intl] of cases) {
    count += 1
    if (ours === intl) continue
    wrong += 1
    if (mismatches.length < 10) mismatches.push({ input, ours, intl })
  }
  return { count, mismatches, wrong }
}

const show = (v: number) => (Object.is(v, -0) ? '-0' : String(v))

describe('formatDecimal writes what Intl.NumberFormat writes', { timeout: 60_000 }, () => {
  const values = sweepValues()
  const sets = optionSets()

  it(`in every option set format.ts uses (${sets.length}), for ${values.length} values each`, () => {
    // a sweep of thousands, each option set met
    expect(values.length).toBeGreaterThan(8000)
    expect(new Set(sets.map((s) => s.use))).toEqual(
      new Set(['formatLarge', 'formatWhole', 'formatPercent', 'formatPoints', 'formatPersonsTick']),
    )
    const result = compare(
      (function* () {
        for (const { use, lang, options } of sets) {
          const nf = intl(lang, options)
          const ours = decimalOptions(options)
          for (const v of values)
            yield [`${use} ${lang} ${JSON.stringify(options)} ${show(v)}`, formatDecimal(v, ours), nf.format(v)]
        }
      })(),
    )
    expect(result.count).toBe(sets.length * values.length)
    expect(result.mismatches, `${result.wrong} of ${result.count} differ`).toEqual([])
  })

  it('as Intl writes the cases that binary arithmetic, signs and grouping get wrong', () => {
    const cases: [number, OptionSet['options'], string][] = [
      // the shortest decimal rounded half away from zero, where toFixed writes 1.00 and 0.28
      [1.005, { maximumFractionDigits: 2 }, '1.01'],
      [0.285, { maximumFractionDigits: 2 }, '0.29'],
      [-2.5, { maximumFractionDigits: 0 }, '-3'],
      // a percentage is the decimal point moved: 0.0105 is 1.05%, 1.1% to one place
      [0.0105, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, '1.1%'],
      // 'auto' writes a minus for -0 and for a negative that rounds to 0; the others do not
      [-0, { maximumFractionDigits: 0 }, '-0'],
      [-1e-7, { maximumFractionDigits: 6 }, '-0'],
      [-0, { maximumFractionDigits: 0, signDisplay: 'negative' }, '0'],
      [-0.04, { maximumFractionDigits: 1, signDisplay: 'negative' }, '0'],
      [-0.04, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }, '0.0'],
      [0.05, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }, '+0.1'],
      // four digits are grouped in both locales; exponent notation is written out
      [1000, { maximumFractionDigits: 0 }, '1,000'],
      [1000, { maximumFractionDigits: 0, useGrouping: false }, '1000'],
      [1.5e21, { maximumFractionDigits: 0 }, '1,500,000,000,000,000,000,000'],
      [1.5e-7, { maximumFractionDigits: 6 }, '0'],
      [5e-7, { maximumFractionDigits: 6 }, '0.000001'],
      // not a number, and infinities
      [NaN, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }, 'NaN%'],
      [Infinity, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }, '+∞'],
      [-Infinity, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'negative' }, '-∞%'],
    ]
    for (const [v, options, written] of cases)
      for (const lang of LANGS) {
        expect(intl(lang, options).format(v), `Intl ${lang} ${show(v)} ${JSON.stringify(options)}`).toBe(written)
        expect(formatDecimal(v, decimalOptions(options)), `${lang} ${show(v)} ${JSON.stringify(options)}`).toBe(written)
      }
    // the minus both locales write is U+002D
    for (const lang of LANGS) expect(intl(lang, {}).format(-1).codePointAt(0)).toBe(0x2d)
  })
})

// format.ts's public functions as they were written through Intl before formatDecimal: the reference.

const LARGE_UNIT: Record<Lang, { divisor: number; digits: number }> = {
  zh: { divisor: 1e4, digits: 1 },
  en: { divisor: 1e6, digits: 3 },
}

const signDisplay = (signed: boolean) => (signed ? 'exceptZero' : 'negative')

function intlPersons(persons: number, lang: Lang, signed: boolean, prose: boolean): string {
  const { divisor, digits } = LARGE_UNIT[lang]
  const shown = shownPersons(persons, lang)
  if (Math.abs(shown) >= divisor) {
    const n = intl(lang, {
      minimumFractionDigits: prose ? 0 : digits,
      maximumFractionDigits: digits,
      useGrouping: lang === 'en',
      signDisplay: signDisplay(signed),
    }).format(shown / divisor)
    return lang === 'zh' ? `${n}${prose ? '万人' : '万'}` : `${n} million`
  }
  const n = intl(lang, {
    maximumFractionDigits: 0,
    useGrouping: lang === 'en',
    signDisplay: signDisplay(signed),
  }).format(Math.round(persons))
  return lang === 'zh' ? `${n}人` : n
}

function intlTick(persons: number, lang: Lang, ticks?: readonly number[]): string {
  if (persons === 0) return '0'
  const largest = ticks?.length ? Math.max(...ticks.map(Math.abs)) : Math.abs(persons)
  const units =
    lang === 'zh'
      ? [{ divisor: 1e4, suffix: '万', from: 1e4 }]
      : [
          { divisor: 1e6, suffix: 'M', from: 1e6 },
          { divisor: 1e3, suffix: 'K', from: 1e4 },
        ]
  const unit = units.find((u) => largest >= u.from) ?? { divisor: 1, suffix: '' }
  return `${intl(lang, { maximumFractionDigits: 6, useGrouping: lang === 'en' }).format(persons / unit.divisor)}${unit.suffix}`
}

function intlPercent(ratio: number, lang: Lang, signed: boolean, digits: number): string {
  return intl(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signDisplay(signed),
  }).format(shownRatio(ratio, digits))
}

function intlPoints(ratioDifference: number, lang: Lang, signed: boolean): string {
  const n = intl(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: signDisplay(signed) }).format(
    Math.round(ratioDifference * 1000) / 10,
  )
  return lang === 'zh' ? `${n}个百分点` : `${n} pp`
}

/** Persons counts and changes: around 1万 and a million as shown, published figures, seeded random ones. */
function personsValues(): number[] {
  const random = seeded(32953000)
  const values: number[] = [0, 1, 90, 400, 9_999, 9_999.6, 9_999_950, 3_777_500, 32_953_000, 30_192_000, 2_761_000]
  values.push(NaN, Infinity, 1e15, 1.234_567_89e12, 0.4, 0.5, 0.6, 2.5)
  for (const base of [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10])
    for (const offset of [-1000, -501, -500, -499, -51, -50, -49, -5, -1, -0.5, -0.49, 0, 0.49, 0.5, 1, 49, 50, 51])
      values.push(base + offset, 2 * base + offset, 9.9995 * base + offset)
  for (let i = 0; i < 3000; i += 1) {
    const magnitude = 10 ** Math.floor(random() * 11)
    values.push(Math.round(random() * magnitude), random() * magnitude, Math.round(random() * magnitude) + 0.5)
    // a figure on a shown step's half (3,777,500; 12,345.5): where rounding goes one way or the other
    values.push(Math.round(random() * 1e5) * 1000 + 500, Math.round(random() * 1e5) * 100 + 50)
  }
  return withNegatives(values)
}

/** Ratios and ratio differences: halves at each place a percentage is shown to, near 100%, seeded random ones. */
function ratioValues(): number[] {
  const random = seeded(10914)
  const values: number[] = [0, 1, 0.99996, 0.99995, 1.00004, 1.00005, 0.995, 0.0031, 0.0123, 1.0914, 0.0914, 0.05]
  values.push(NaN, Infinity, 1e-7, 5e-7, 1e6, 123.456_789)
  for (let places = 1; places <= 7; places += 1)
    for (let i = 0; i < 40; i += 1) {
      const fraction = digits(random, places - 1)
      values.push(Number(`0.${fraction}5`), Number(`${Math.floor(random() * 3)}.${fraction}5`))
      values.push(Number(`0.${fraction}4999`), Number(`0.${fraction}5001`))
    }
  for (let i = 0; i < 3000; i += 1) {
    values.push(random() * 3, random() * 10 ** Math.floor(random() * 8 - 6))
    values.push(Number((random() * 2).toFixed(Math.floor(random() * 7))))
  }
  return withNegatives(values)
}

/** Axes as the charts make them: nice steps (1, 2, 2.5, 5 × 10^k) from zero, up or down. */
function axes(): number[][] {
  const out: number[][] = []
  for (let k = -1; k <= 9; k += 1)
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * 10 ** k
      for (const count of [4, 5, 6, 8]) {
        const ticks = Array.from({ length: count + 1 }, (_, i) => i * step)
        out.push(
          ticks,
          ticks.map((t) => -t),
          ticks.map((t) => t - (count / 2) * step),
        )
      }
    }
  return out
}

describe("format.ts's public functions write what they wrote through Intl", { timeout: 60_000 }, () => {
  const persons = personsValues()
  const ratios = ratioValues()
  const tickAxes = axes()

  it(`formatPersons and formatPersonsProse, ${persons.length} figures, signed or not`, () => {
    const result = compare(
      (function* () {
        for (const lang of LANGS)
          for (const signed of [false, true])
            for (const p of persons) {
              const input = `${lang} ${signed ? 'signed ' : ''}${show(p)}`
              yield [`formatPersons ${input}`, formatPersons(p, lang, { signed }), intlPersons(p, lang, signed, false)]
              yield [
                `formatPersonsProse ${input}`,
                formatPersonsProse(p, lang, { signed }),
                intlPersons(p, lang, signed, true),
              ]
            }
      })(),
    )
    expect(result.count).toBe(persons.length * 8)
    expect(result.mismatches, `${result.wrong} of ${result.count} differ`).toEqual([])
  })

  it(`formatPersonsTick, ${tickAxes.length} axes and ${persons.length} figures alone`, () => {
    const result = compare(
      (function* () {
        for (const lang of LANGS) {
          for (const ticks of tickAxes)
            for (const t of ticks)
              yield [
                `${lang} ${show(t)} of [${ticks.join(', ')}]`,
                formatPersonsTick(t, lang, ticks),
                intlTick(t, lang, ticks),
              ]
          for (const p of persons) yield [`${lang} ${show(p)}`, formatPersonsTick(p, lang), intlTick(p, lang)]
        }
      })(),
    )
    expect(result.count).toBeGreaterThan(5000)
    expect(result.mismatches, `${result.wrong} of ${result.count} differ`).toEqual([])
  })

  it(`formatPercent (0 to 3 decimals) and formatPoints, ${ratios.length} ratios, signed or not`, () => {
    const result = compare(
      (function* () {
        for (const lang of LANGS)
          for (const signed of [false, true])
            for (const r of ratios) {
              for (let digits = 0; digits <= 3; digits += 1)
                yield [
                  `formatPercent ${lang} ${signed ? 'signed ' : ''}${digits} ${show(r)}`,
                  formatPercent(r, lang, { signed, digits }),
                  intlPercent(r, lang, signed, digits),
                ]
              yield [
                `formatPoints ${lang} ${signed ? 'signed ' : ''}${show(r)}`,
                formatPoints(r, lang, { signed }),
                intlPoints(r, lang, signed),
              ]
            }
      })(),
    )
    expect(result.count).toBe(ratios.length * 20)
    expect(result.mismatches, `${result.wrong} of ${result.count} differ`).toEqual([])
  })

  it('formatPercent with the default digits, as the app calls it', () => {
    for (const lang of LANGS)
      for (const r of ratios) expect(formatPercent(r, lang), `${lang} ${show(r)}`).toBe(intlPercent(r, lang, false, 1))
  })
})
