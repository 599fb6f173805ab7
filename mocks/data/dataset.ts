/**
 * The deterministic demo data set: national + 25 provinces × 8 categories × 2023-01 … 2024-08, in whole persons.
 * National figures come from reference.ts; provinces are apportioned from them by largest remainder, so every
 * month and category sums exactly to the national figure (facts.md, invariant 2). No randomness: the same numbers
 * on every run, in the browser and in Node.
 */
import { CHANNEL_IDS } from '../../src/api/common'
import { apportion } from './apportion'
import {
  ANNUAL_TARGETS,
  AS_OF_MONTH,
  CATEGORIES,
  CHANNEL_SPLIT_NATIONAL,
  EASTERN_REPORTERS,
  FIRST_MONTH,
  GUIZHOU_RELOCATED_SHARE,
  KEY_COUNTIES,
  NATIONAL,
  NATIONAL_ID,
  PROGRAMMES,
  PROVINCES,
  SOURCE,
  wan,
  type CategoryId,
} from './reference'

export type Values = Record<CategoryId, Record<string, number[]>>

export interface DataSet {
  asOf: string
  months: string[]
  nationalId: string
  /** national first, then the provinces */
  regions: { id: string; name: { zh: string; en: string } }[]
  regionIds: string[]
  /** values[category][region][monthIndex], whole persons */
  values: Values
  /** annual target per category (only those that have one) and region, the same each year */
  targets: Partial<Record<CategoryId, Record<string, number>>>
  /** regions that report each category (national included) */
  coverage: Record<CategoryId, string[]>
  /**
   * Reports not yet received (facts.md, invariant 8): the province's figure is not served, and the national figure
   * of that month is the sum of the reports received, marked incomplete.
   */
  notReported: readonly NotReported[]
}

export interface NotReported {
  category: CategoryId
  region: string
  month: string
}

export function monthRange(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m === 13) {
      y += 1
      m = 1
    }
  }
  return out
}

const code = (id: string) => Number(id.slice(0, 2))

/**
 * Each province's share of the national total drifts a little around its suggested share (a seasonal wave and a
 * slow trend, both derived from the province code), so provinces have trends of their own.
 */
function totalWeight(id: string, share: number, monthIndex: number): number {
  const c = code(id)
  const amplitude = 0.01 + (c % 5) * 0.006
  const phase = (c * 0.7) % (2 * Math.PI)
  const trend = ((c % 7) - 3) * 0.0015
  return share * (1 + amplitude * Math.sin((2 * Math.PI * monthIndex) / 12 + phase) + trend * (monthIndex - 10))
}

/** The fraction of a province's workers out of the province and in the province outside the county. */
function channelSplit(id: string) {
  const c = code(id)
  return {
    out: CHANNEL_SPLIT_NATIONAL.out_of_province + ((c % 9) - 4) * 0.02,
    in: CHANNEL_SPLIT_NATIONAL.in_province + ((c % 5) - 2) * 0.01,
  }
}

const ids: string[] = PROVINCES.map((p) => p.id)
const shareOf = (id: string) => PROVINCES.find((p) => p.id === id)!.share
const central = ids.filter((id) => !EASTERN_REPORTERS.includes(id))
const western = ids.filter((id) => id in KEY_COUNTIES)

/** Weights for the categories reported only by some provinces; zero elsewhere. */
const keyCountyWeight = (id: string) => (KEY_COUNTIES[id] ?? 0) * shareOf(id)
const otherCentralShare = central.filter((id) => id !== '520000').reduce((a, id) => a + shareOf(id), 0)
const relocatedWeight = (id: string) =>
  id === '520000'
    ? GUIZHOU_RELOCATED_SHARE
    : central.includes(id)
      ? (shareOf(id) / otherCentralShare) * (100 - GUIZHOU_RELOCATED_SHARE)
      : 0
const centralWeight = (id: string) => (central.includes(id) ? shareOf(id) : 0)

/**
 * Each region's total split over the three channels by its fractions (out of the province, in the province outside
 * the county), rounded so that the three add up to the total exactly: within the county takes the remainder.
 */
export function splitChannels(totals: number[], fractions: { out: number; in: number }[]) {
  const out = totals.map((t, i) => Math.round(t * fractions[i].out))
  const inProvince = totals.map((t, i) => Math.round(t * fractions[i].in))
  return {
    out_of_province: out,
    in_province: inProvince,
    in_county: totals.map((t, i) => t - out[i] - inProvince[i]),
  } satisfies Record<(typeof CHANNEL_IDS)[number], number[]>
}

/**
 * How much heavier (positive) or lighter (negative) a province's share of an annual target is than its share of the
 * figures, so that attainment spreads across provinces as real monitoring data does, while the provincial targets
 * still add up exactly to the published national ones. Each tilt is a case the attention rules (需要关注) must find:
 * - total: 河南, 甘肃 and 湖北 below their annual target (about 97%, 98% and 99%), 新疆 far above (about 132%);
 * - key counties: 甘肃 below (about 93%), 青海 far above (about 145%);
 * - relocated: 湖南 below (about 93%).
 * The figures themselves are untouched. Falls in the latest month come from each province's own seasonal wave
 * (totalWeight): in August 2024 贵州, 湖南 and 甘肃 end six months of month-on-month growth, 云南 falls by 2.4万,
 * and 四川, 湖南 and 湖北 are below August 2023 (the unit tests check each case).
 */
export const TARGET_TILT: Partial<Record<CategoryId, Record<string, number>>> = {
  total: { '410000': 0.2, '620000': 0.18, '420000': 0.1, '650000': -0.18 },
  key_county: { '620000': 0.24, '630000': -0.2 },
  relocated: { '430000': 0.16 },
}

/**
 * The one report not yet received: 西藏's employment-assistance workshops for August 2024, a category whose
 * national figure is not published (facts.md, invariant 8), so the published figures stay exact.
 */
export const NOT_REPORTED: readonly NotReported[] = [{ category: 'workshops', region: '540000', month: AS_OF_MONTH }]

function nationalSeries(category: keyof typeof NATIONAL, months: string[]): number[] {
  const rows = new Map(NATIONAL[category].map(([month, value]) => [month, wan(value)]))
  return months.map((m) => {
    const v = rows.get(m)
    if (v === undefined) throw new Error(`reference table ${category} lacks ${m}`)
    return v
  })
}

/** The data set, with the reports not yet received that it is given (the demo's one by default). */
export function buildDataSet(notReported: readonly NotReported[] = NOT_REPORTED): DataSet {
  const months = monthRange(FIRST_MONTH, AS_OF_MONTH)
  const empty = () => Object.fromEntries([NATIONAL_ID, ...ids].map((id) => [id, [] as number[]]))
  const values = Object.fromEntries(CATEGORIES.map((c) => [c.id, empty()])) as Values

  const fixedWeights: Record<'key_county' | 'relocated' | 'public_posts' | 'workshops', number[]> = {
    key_county: ids.map(keyCountyWeight),
    relocated: ids.map(relocatedWeight),
    public_posts: ids.map(centralWeight),
    workshops: ids.map(centralWeight),
  }

  months.forEach((_, mi) => {
    const national = (category: keyof typeof NATIONAL) => nationalSeries(category, months)[mi]
    const put = (category: CategoryId, parts: number[]) => {
      ids.forEach((id, i) => values[category][id].push(parts[i]))
      values[category][NATIONAL_ID].push(parts.reduce((a, b) => a + b, 0))
    }

    const totals = apportion(
      national('total'),
      ids.map((id) => totalWeight(id, shareOf(id), mi)),
    )
    put('total', totals)
    for (const category of ['key_county', 'relocated', 'public_posts', 'workshops'] as const) {
      put(category, apportion(national(category), fixedWeights[category]))
    }
    const channels = splitChannels(totals, ids.map(channelSplit))
    for (const category of CHANNEL_IDS) put(category, channels[category])
  })

  // A report not received leaves its province's figure out of the national one (the sum of the reports received).
  for (const { category, region, month } of notReported) {
    const i = months.indexOf(month)
    values[category][NATIONAL_ID][i] -= values[category][region][i]
  }

  const targets: DataSet['targets'] = {}
  const targetWeights: Record<string, number[]> = {
    total: ids.map(shareOf),
    key_county: fixedWeights.key_county,
    relocated: fixedWeights.relocated,
  }
  for (const [category, national] of Object.entries(ANNUAL_TARGETS) as [CategoryId, number][]) {
    const tilt = TARGET_TILT[category] ?? {}
    const parts = apportion(
      national,
      targetWeights[category].map((w, i) => w * (1 + (tilt[ids[i]] ?? 0))),
    )
    targets[category] = { [NATIONAL_ID]: national, ...Object.fromEntries(ids.map((id, i) => [id, parts[i]])) }
  }

  const reporting = (weights: number[]) => [NATIONAL_ID, ...ids.filter((_, i) => weights[i] > 0)]
  const all = [NATIONAL_ID, ...ids]
  const coverage = {
    total: all,
    out_of_province: all,
    in_province: all,
    in_county: all,
    key_county: reporting(fixedWeights.key_county),
    relocated: reporting(fixedWeights.relocated),
    public_posts: reporting(fixedWeights.public_posts),
    workshops: reporting(fixedWeights.workshops),
  } satisfies Record<CategoryId, string[]>

  const regions = [
    { id: NATIONAL_ID, name: { zh: '全国', en: 'National' } },
    ...PROVINCES.map((p) => ({ id: p.id, name: { zh: p.zh, en: p.en } })),
  ]
  return {
    asOf: AS_OF_MONTH,
    months,
    nationalId: NATIONAL_ID,
    regions,
    regionIds: all,
    values,
    targets,
    coverage,
    notReported,
  }
}

/** Programme periods as month ranges for every year the data covers. */
export function programmePeriods(months: string[]) {
  const years = [...new Set(months.map((m) => m.slice(0, 4)))]
  return years.flatMap((year) =>
    PROGRAMMES.map((p) => ({
      id: `${p.id}_${year}`,
      name: { zh: p.zh, en: p.en },
      from: `${year}-${p.months[0]}`,
      to: `${year}-${p.months[1]}`,
      approximate: true,
    })),
  )
}

export { CATEGORIES, NATIONAL_ID, PROVINCES, SOURCE, western }

/** The one data set, built once per process. */
export const dataSet = buildDataSet()
