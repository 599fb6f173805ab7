/**
 * The demo data set (mocks/data/dataset.ts) against /work/shared/product/facts.md ("Invariants a faithful data set
 * keeps" and the published figures). Expected numbers are written as facts.md writes them, never read from the code
 * under test.
 */
import { describe, expect, it } from 'vitest'
import { buildDataSet, dataSet, monthRange, programmePeriods } from '../../mocks/data/dataset'
import { ANNUAL_TARGETS, KEY_COUNTIES, PROVINCES } from '../../mocks/data/reference'
import { CATEGORY_IDS, type CategoryId } from '../../src/api/common'

const NATIONAL = '000000'
type Category = CategoryId

/** The 25 reporting provinces of facts.md, by GB/T 2260 code. */
const PROVINCE_IDS: Record<string, string> = {
  '530000': '云南',
  '520000': '贵州',
  '450000': '广西',
  '510000': '四川',
  '410000': '河南',
  '430000': '湖南',
  '620000': '甘肃',
  '420000': '湖北',
  '610000': '陕西',
  '340000': '安徽',
  '650000': '新疆',
  '360000': '江西',
  '130000': '河北',
  '140000': '山西',
  '500000': '重庆',
  '150000': '内蒙古',
  '630000': '青海',
  '640000': '宁夏',
  '540000': '西藏',
  '460000': '海南',
  '230000': '黑龙江',
  '370000': '山东',
  '220000': '吉林',
  '210000': '辽宁',
  '350000': '福建',
}
/** The 10 western provinces with the 160 key assistance counties (facts.md, "Regions"). */
const KEY_COUNTY_PROVINCES: Record<string, number> = {
  '150000': 10,
  '450000': 20,
  '500000': 4,
  '510000': 25,
  '520000': 20,
  '530000': 27,
  '610000': 11,
  '620000': 23,
  '630000': 15,
  '640000': 5,
}
const EASTERN = { '210000': '辽宁', '370000': '山东', '350000': '福建' }
const provinceIds = Object.keys(PROVINCE_IDS)

const { months, values, targets } = dataSet
const at = (month: string) => {
  const i = months.indexOf(month)
  if (i < 0) throw new Error(`no month ${month}`)
  return i
}
const national = (category: Category, month: string) => values[category][NATIONAL][at(month)]
const eachProvinceMonth = (fn: (id: string, i: number) => void) =>
  provinceIds.forEach((id) => months.forEach((_, i) => fn(id, i)))

describe('the demo data set: shape', () => {
  it('covers the months 2023-01 … 2024-08, as of 2024-08', () => {
    expect(months).toHaveLength(20)
    expect(months[0]).toBe('2023-01')
    expect(months[months.length - 1]).toBe('2024-08')
    expect(months).toContain('2023-12')
    expect(months).toContain('2024-01')
    expect(new Set(months).size).toBe(20)
    expect([...months].sort()).toEqual(months)
    expect(dataSet.asOf).toBe('2024-08')
  })

  it('has the national figure and the 25 reporting provinces, by GB/T 2260 code', () => {
    expect(dataSet.regionIds[0]).toBe(NATIONAL)
    expect([...dataSet.regionIds].sort()).toEqual([NATIONAL, ...provinceIds].sort())
    expect(PROVINCES).toHaveLength(25)
    for (const p of PROVINCES) expect(PROVINCE_IDS[p.id]).toBe(p.zh)
  })

  it('uses the suggested shares of facts.md, summing to 100%', () => {
    const sum = PROVINCES.reduce((a, p) => a + p.share, 0)
    expect(sum).toBeCloseTo(100, 9)
    expect(PROVINCES.find((p) => p.id === '530000')!.share).toBe(10.0)
    expect(PROVINCES.find((p) => p.id === '350000')!.share).toBe(0.2)
  })

  it('places the 160 key assistance counties in the 10 western provinces, not in 新疆', () => {
    expect(KEY_COUNTIES).toEqual(KEY_COUNTY_PROVINCES)
    expect(Object.values(KEY_COUNTIES).reduce((a, b) => a + b, 0)).toBe(160)
    expect(KEY_COUNTIES['650000']).toBeUndefined()
  })

  it('has a value for every category, region and month', () => {
    expect(Object.keys(values).sort()).toEqual([...CATEGORY_IDS].sort())
    for (const c of CATEGORY_IDS) {
      for (const id of [NATIONAL, ...provinceIds]) expect(values[c][id]).toHaveLength(months.length)
    }
  })
})

describe('the demo data set: invariants of facts.md', () => {
  it('1. monthRange runs month by month across the year end', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(monthRange('2024-08', '2024-08')).toEqual(['2024-08'])
    expect(monthRange('2024-08', '2024-07')).toEqual([])
    expect(monthRange('2023-01', '2024-08')).toEqual(months)
  })

  it('2. provinces sum exactly to the national figure for every month and category (the reports received)', () => {
    const received = (c: CategoryId, id: string, month: string) =>
      !dataSet.notReported.some((n) => n.category === c && n.region === id && n.month === month)
    for (const c of CATEGORY_IDS) {
      months.forEach((month, i) => {
        const sum = provinceIds.filter((id) => received(c, id, month)).reduce((a, id) => a + values[c][id][i], 0)
        expect(sum, `${c} ${month}`).toBe(values[c][NATIONAL][i])
      })
    }
  })

  it('8. a report not yet received sits only in public_posts or workshops, in the latest month', () => {
    expect(dataSet.notReported.length).toBeGreaterThan(0)
    for (const n of dataSet.notReported) {
      expect(['public_posts', 'workshops']).toContain(n.category)
      expect(n.month).toBe(dataSet.asOf)
      expect(dataSet.coverage[n.category]).toContain(n.region)
    }
  })

  it('3a. per province and month, out_of_province + in_province + in_county === total', () => {
    for (const id of [NATIONAL, ...provinceIds]) {
      months.forEach((month, i) => {
        const channels = values.out_of_province[id][i] + values.in_province[id][i] + values.in_county[id][i]
        expect(channels, `${id} ${month}`).toBe(values.total[id][i])
      })
    }
  })

  it('3b. key_county ≤ total for every province and month', () => {
    eachProvinceMonth((id, i) =>
      expect(values.key_county[id][i], `${id} ${months[i]}`).toBeLessThanOrEqual(values.total[id][i]),
    )
    months.forEach((_, i) => expect(values.key_county[NATIONAL][i]).toBeLessThanOrEqual(values.total[NATIONAL][i]))
  })

  it('3c. relocated ≤ total for every province and month', () => {
    eachProvinceMonth((id, i) =>
      expect(values.relocated[id][i], `${id} ${months[i]}`).toBeLessThanOrEqual(values.total[id][i]),
    )
    months.forEach((_, i) => expect(values.relocated[NATIONAL][i]).toBeLessThanOrEqual(values.total[NATIONAL][i]))
  })

  it('3d. public_posts + workshops ≤ in_county for every province and month', () => {
    for (const id of [NATIONAL, ...provinceIds]) {
      months.forEach((month, i) => {
        expect(values.public_posts[id][i] + values.workshops[id][i], `${id} ${month}`).toBeLessThanOrEqual(
          values.in_county[id][i],
        )
      })
    }
  })

  it('3e. key_county is 0 outside the 10 western provinces, and positive inside them', () => {
    eachProvinceMonth((id, i) => {
      if (id in KEY_COUNTY_PROVINCES) expect(values.key_county[id][i], `${id} ${months[i]}`).toBeGreaterThan(0)
      else expect(values.key_county[id][i], `${id} ${months[i]}`).toBe(0)
    })
    expect(values.key_county['650000'].every((v) => v === 0)).toBe(true) // 新疆 is not among them
  })

  it('3f. 辽宁, 山东 and 福建 have no relocated, public-post or workshop figures', () => {
    for (const id of Object.keys(EASTERN)) {
      for (const c of ['relocated', 'public_posts', 'workshops'] as const) {
        expect(values[c][id], `${c} ${id}`).toEqual(months.map(() => 0))
      }
      expect(values.total[id].every((v) => v > 0)).toBe(true)
    }
  })

  it('3g. coverage lists exactly the regions that report each category', () => {
    const central = provinceIds.filter((id) => !(id in EASTERN))
    expect([...dataSet.coverage.total].sort()).toEqual([NATIONAL, ...provinceIds].sort())
    expect([...dataSet.coverage.key_county].sort()).toEqual([NATIONAL, ...Object.keys(KEY_COUNTY_PROVINCES)].sort())
    for (const c of ['relocated', 'public_posts', 'workshops'] as const) {
      expect([...dataSet.coverage[c]].sort()).toEqual([NATIONAL, ...central].sort())
    }
  })

  it('4a. August 2024 national total is 32,953,000 (3295.3万)', () => {
    expect(national('total', '2024-08')).toBe(32_953_000)
  })

  it('4b. August 2024 national key_county is 6,696,000 (669.6万)', () => {
    expect(national('key_county', '2024-08')).toBe(6_696_000)
  })

  it('4c. August 2024 national relocated is 4,059,000 (405.9万)', () => {
    expect(national('relocated', '2024-08')).toBe(4_059_000)
  })

  it('4d. August 2024 total − annual target = 2,761,000 (276.1万)', () => {
    expect(targets.total![NATIONAL]).toBe(30_192_000)
    expect(national('total', '2024-08') - targets.total![NATIONAL]).toBe(2_761_000)
  })

  it('5a. 2024-01 ≤ 2023-12: the count restarts in January', () => {
    expect(national('total', '2024-01')).toBeLessThanOrEqual(national('total', '2023-12'))
  })

  it('5b. the national total rises month on month for exactly the 7 months 2024-02 … 2024-08', () => {
    const total = values.total[NATIONAL]
    const rising = months.filter((_, i) => i > 0 && total[i] > total[i - 1])
    expect(rising.slice(-7)).toEqual(['2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'])
    // the streak ending in 2024-08, counted independently of src/lib/stats.ts
    let streak = 0
    for (let i = total.length - 1; i > 0 && total[i] > total[i - 1]; i -= 1) streak += 1
    expect(streak).toBe(7)
  })

  it('6a. key_county 2024-08 − 2023-08 = 237,000 (Aug 2023 = 6,459,000)', () => {
    expect(national('key_county', '2023-08')).toBe(6_459_000)
    expect(national('key_county', '2024-08') - national('key_county', '2023-08')).toBe(237_000)
  })

  it('6b. relocated 2024-08 / target rounds to 107.5%; total / target to 109.1%', () => {
    expect(targets.relocated![NATIONAL]).toBe(3_777_500)
    const pct = (value: number, target: number) => Math.round((value / target) * 1000) / 10
    expect(pct(national('relocated', '2024-08'), targets.relocated![NATIONAL])).toBe(107.5)
    expect(pct(national('total', '2024-08'), targets.total![NATIONAL])).toBe(109.1)
  })

  it('provincial annual targets sum exactly to the national target of each category that has one', () => {
    const expected = { total: 30_192_000, key_county: 5_914_600, relocated: 3_777_500 }
    expect(Object.keys(targets).sort()).toEqual(Object.keys(expected).sort())
    expect(ANNUAL_TARGETS).toEqual(expected)
    for (const [c, target] of Object.entries(expected) as [keyof typeof expected, number][]) {
      expect(targets[c]![NATIONAL]).toBe(target)
      const sum = provinceIds.reduce((a, id) => a + targets[c]![id], 0)
      expect(sum, c).toBe(target)
    }
  })

  it('key_county and relocated provincial targets are zero exactly where the category is not reported', () => {
    for (const id of provinceIds) {
      if (id in KEY_COUNTY_PROVINCES) expect(targets.key_county![id]).toBeGreaterThan(0)
      else expect(targets.key_county![id]).toBe(0)
      if (id in EASTERN) expect(targets.relocated![id]).toBe(0)
      else expect(targets.relocated![id]).toBeGreaterThan(0)
    }
  })

  it('March 2024 total is below March 2023 (YoY negative)', () => {
    expect(national('total', '2024-03')).toBeLessThan(national('total', '2023-03'))
  })

  it('keeps the other published national months (facts.md, "Other national months")', () => {
    expect(national('total', '2023-03')).toBe(30_740_000)
    expect(national('total', '2023-09')).toBe(32_970_000)
    expect(national('total', '2023-10')).toBe(32_982_500)
    expect(national('key_county', '2023-10')).toBe(6_510_000)
    expect(national('relocated', '2023-10')).toBe(4_206_700)
    expect(national('public_posts', '2023-10')).toBe(4_409_400)
    expect(national('workshops', '2023-10')).toBe(503_900)
    expect(national('total', '2023-12')).toBe(33_970_000)
    expect(national('total', '2024-03')).toBe(30_490_000)
    expect(national('total', '2024-06')).toBe(32_740_000)
  })

  it('gives 贵州 about 22% of relocated employment', () => {
    months.forEach((_, i) => {
      expect(values.relocated['520000'][i] / values.relocated[NATIONAL][i]).toBeCloseTo(0.22, 2)
    })
  })

  it('splits the national total into channels of about 36% / 18% / 46%', () => {
    const i = at('2024-08')
    const share = (c: Category) => values[c][NATIONAL][i] / values.total[NATIONAL][i]
    expect(Math.abs(share('out_of_province') - 0.36)).toBeLessThan(0.03)
    expect(Math.abs(share('in_province') - 0.18)).toBeLessThan(0.03)
    expect(Math.abs(share('in_county') - 0.46)).toBeLessThan(0.03)
  })

  it('has only non-negative integer values and targets', () => {
    for (const c of CATEGORY_IDS) {
      for (const id of dataSet.regionIds) {
        for (const v of values[c][id]) {
          expect(Number.isInteger(v), `${c} ${id} ${v}`).toBe(true)
          expect(v).toBeGreaterThanOrEqual(0)
        }
      }
    }
    for (const byRegion of Object.values(targets)) {
      for (const v of Object.values(byRegion!)) {
        expect(Number.isInteger(v)).toBe(true)
        expect(v).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('is deterministic: building it twice gives deep-equal results, equal to the shared data set', () => {
    const a = buildDataSet()
    const b = buildDataSet()
    expect(a).toEqual(b)
    expect(a).toEqual(dataSet)
    expect(a).not.toBe(b)
  })
})

describe('programmePeriods', () => {
  it('gives each programme once a year, with approximate dates', () => {
    const periods = programmePeriods(months)
    expect(periods.map((p) => p.id)).toEqual([
      'spring_breeze_2023',
      'hundred_day_2023',
      'spring_breeze_2024',
      'hundred_day_2024',
    ])
    expect(periods.every((p) => p.approximate === true)).toBe(true)
    const spring = periods.find((p) => p.id === 'spring_breeze_2024')!
    expect(spring).toMatchObject({
      from: '2024-02',
      to: '2024-03',
      name: { zh: '春风行动', en: 'Spring Breeze Action' },
    })
    const hundred = periods.find((p) => p.id === 'hundred_day_2023')!
    expect(hundred).toMatchObject({
      from: '2023-05',
      to: '2023-08',
      name: { zh: '百日千万招聘专项行动', en: '100-Day 10-Million Recruitment Campaign' },
    })
    for (const p of periods) expect(p.from <= p.to).toBe(true)
  })

  it('gives nothing for no months, and one year for one year', () => {
    expect(programmePeriods([])).toEqual([])
    expect(programmePeriods(['2024-01', '2024-02']).map((p) => p.id)).toEqual([
      'spring_breeze_2024',
      'hundred_day_2024',
    ])
  })
})
