/**
 * The reports rule (src/lib/reports.ts) and its words (src/lib/reportsText.ts): which figures are complete and who is
 * missing, comparisons on the provinces that reported both periods or withheld with the reason, month moves and
 * growth streaks. Expected numbers come from the data sets, never typed in.
 */
import { describe, expect, it } from 'vitest'
import { dataSet, type DataSet } from '../../mocks/data/dataset'
import { MISSING_REPORTS, missingReportsDataSet } from '../../mocks/data/missingReports'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import type { CategoryId } from '../../src/api/common'
import type { Monitoring } from '../../src/api/monitoring'
import { roundSignificant, type Lang } from '../../src/lib/format'
import {
  attainmentOf,
  channelsReports,
  compareFigures,
  COMPARABLE_DIGITS,
  figureIn,
  missingInMonitoring,
  regionsReports,
  regionsSeriesReports,
  seriesMonths,
  seriesReports,
  shiftMonth,
  streakOf,
  type ReportsContext,
} from '../../src/lib/reports'
import { describeMove, missingText, statusText, withheldText } from '../../src/lib/reportsText'
import {
  channelsOf,
  history,
  makeSeries,
  meta,
  monitoringOf,
  NATIONAL,
  regionsOf,
  regionsSeriesOf,
} from '../fixtures/demo'

const XIZANG = '540000'
const GANSU = '620000'
const NINGXIA = '640000'

/** The sum of a category over the provinces that reported every one of the months, and how many they are. */
function comparable(data: DataSet, category: CategoryId, months: string[]) {
  const index = months.map((m) => data.months.indexOf(m))
  const provinces = data.coverage[category].filter(
    (id) =>
      id !== NATIONAL &&
      months.every((m) => !data.notReported.some((n) => n.category === category && n.region === id && n.month === m)),
  )
  const sums = index.map((i) => provinces.reduce((a, id) => a + data.values[category][id][i], 0))
  return { sums, provinces: provinces.length }
}

const plain = (start: string, values: number[]) =>
  seriesMonths(makeSeries(start, values), { nationalId: NATIONAL }, start)
const streak = (start: string, values: number[]) => {
  const { length, from, to } = streakOf(plain(start, values))
  return { length, from, to }
}

describe('shiftMonth', () => {
  it('moves across years both ways', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12')
    expect(shiftMonth('2023-12', 1)).toBe('2024-01')
    expect(shiftMonth('2024-08', -12)).toBe('2023-08')
  })
})

describe('streakOf: consecutive rises on complete figures', () => {
  it('counts the consecutive rises ending with the last month', () => {
    expect(streak('2023-12', [3397, 2958, 3006, 3049, 3151, 3219, 3274, 3289, 3295.3])).toEqual({
      length: 7,
      from: '2024-02',
      to: '2024-08',
    })
  })

  it('has none when the last month fell or stayed level, and counts only the rises after a break', () => {
    expect(streak('2024-01', [10, 11, 12, 11]).length).toBe(0)
    expect(streak('2024-01', [10, 11, 12, 12]).length).toBe(0)
    expect(streak('2024-01', [10, 11, 12, 9, 10, 11])).toEqual({ length: 2, from: '2024-05', to: '2024-06' })
    expect(streak('2024-01', [10, 11, 11, 12])).toEqual({ length: 1, from: '2024-04', to: '2024-04' })
  })

  it('has none for one month or none; never runs across January (the yearly count restarts)', () => {
    expect(streak('2024-08', [32_953_000]).length).toBe(0)
    expect(streakOf([]).length).toBe(0)
    expect(streak('2024-03', [1, 2, 3, 4, 5])).toEqual({ length: 4, from: '2024-04', to: '2024-07' })
    expect(streak('2023-11', [1, 2, 3, 4, 5])).toEqual({ length: 2, from: '2024-02', to: '2024-03' })
    expect(streak('2023-12', [1, 2]).length).toBe(0)
  })

  it('says how each month compares with the one before: first, restart, rose, fell, flat', () => {
    expect(plain('2023-01', [29_300_000]).at(-1)!.move).toEqual({ kind: 'first' })
    expect(plain('2023-12', [33_970_000, 29_580_000]).at(-1)!.move).toEqual({ kind: 'restart' })
    const complete = { kind: 'complete' }
    expect(plain('2023-01', [29_300_000, 30_120_000]).at(-1)!.move).toEqual({
      kind: 'rose',
      delta: 820_000,
      basis: complete,
    })
    expect(plain('2024-06', [36_000, 35_910]).at(-1)!.move).toEqual({ kind: 'fell', delta: -90, basis: complete })
    expect(plain('2024-06', [5, 5]).at(-1)!.move).toEqual({ kind: 'flat', delta: 0, basis: complete })
  })
})

describe('the demo data: 西藏 has not reported workshops for August 2024', () => {
  it('names 西藏 from /monitoring, and knows only the count without it', async () => {
    const series = await history(NATIONAL, 'workshops')
    const monitoring = await monitoringOf('2024-08')
    const named = seriesReports(series, { nationalId: NATIONAL, monitoring })
    expect([...named.incomplete]).toEqual([['2024-08', { count: 1, regions: [XIZANG] }]])
    expect(seriesReports(series, { nationalId: NATIONAL }).incomplete.get('2024-08')).toEqual({
      count: 1,
      regions: null,
    })
    expect(missingInMonitoring('workshops', '2024-08', { nationalId: NATIONAL, monitoring })).toEqual([XIZANG])
    expect(missingInMonitoring('total', '2024-08', { nationalId: NATIONAL, monitoring })).toEqual([])
    expect(missingInMonitoring('workshops', '2022-08', { nationalId: NATIONAL, monitoring })).toBeNull()
  })

  it('compares August with July on the provinces that reported both: a rise where the short sum fell', async () => {
    const series = await history(NATIONAL, 'workshops')
    const ctx = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    const months = seriesMonths(series, ctx, dataSet.months[0])
    const { sums, provinces } = comparable(dataSet, 'workshops', ['2024-08', '2024-07'])
    const aug = months.at(-1)!
    // the short sum is below July: that is the artefact the rule must never state
    expect(aug.value).toBeLessThan(months.at(-2)!.value)
    expect(aug.missing).toEqual({ count: 1, regions: [XIZANG] })
    expect(aug.move).toEqual({
      kind: 'rose',
      delta: roundSignificant(sums[0] - sums[1], COMPARABLE_DIGITS),
      basis: { kind: 'comparable', provinces },
    })
    expect(provinces).toBe(dataSet.coverage.workshops.length - 2) // the nation and 西藏 left out
    const s = streakOf(months)
    expect(s.comparable).toEqual(['2024-08'])
    expect(s.to).toBe('2024-08')
  })

  it('withholds the comparison, with the reason, when the provinces’ figures are not at hand', async () => {
    const series = await history(NATIONAL, 'workshops')
    const months = seriesMonths(series, { nationalId: NATIONAL }, dataSet.months[0])
    const move = months.at(-1)!.move
    expect(move).toEqual({
      kind: 'withheld',
      why: { kind: 'noProvinceFigures', month: '2024-08', missing: { count: 1, regions: null } },
    })
    expect(streakOf(months).length).toBe(0)
  })

  it('never compares a province’s own missing month: 西藏’s August has no figure', async () => {
    const series = await history(XIZANG, 'workshops')
    const ctx: ReportsContext = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    expect(series.notReported).toEqual(['2024-08'])
    expect(figureIn(series, '2024-08', ctx)).toEqual({ month: '2024-08', value: null, missing: null })
    const subject = { ...ctx, category: 'workshops' as const, region: XIZANG }
    const july = figureIn(series, '2024-07', ctx)!
    expect(compareFigures(subject, figureIn(series, '2024-08', ctx)!, july)).toEqual({
      kind: 'withheld',
      why: { kind: 'notReported', region: XIZANG, month: '2024-08' },
    })
  })

  it('reads /regions and /channels: the province not reported, the national category incomplete', async () => {
    expect(regionsReports(await regionsOf('workshops'))).toEqual({ count: 1, regions: [XIZANG] })
    expect(regionsReports(await regionsOf('total'))).toBeNull()
    const monitoring = await monitoringOf('2024-08')
    const nation = channelsReports(await channelsOf(NATIONAL), { nationalId: NATIONAL, monitoring })
    expect([...nation.incomplete]).toEqual([['workshops', { count: 1, regions: [XIZANG] }]])
    expect(nation.absent).toEqual([])
    const xizang = channelsReports(await channelsOf(XIZANG), { nationalId: NATIONAL, monitoring })
    expect(xizang.incomplete.size).toBe(0)
    expect(xizang.absent).toEqual(['workshops'])
  })
})

describe('the test data set: two provinces missing August, one missing June', () => {
  const useTestData = () => server.use(...createHandlers(missingReportsDataSet))

  it('names both provinces of August and the one of June; /regions/series says the same month by month', async () => {
    useTestData()
    const series = await history(NATIONAL, 'workshops')
    const ctx = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    const { incomplete } = seriesReports(series, ctx)
    const expected = (month: string) =>
      MISSING_REPORTS.filter((n) => n.category === 'workshops' && n.month === month)
        .map((n) => n.region)
        .sort()
    expect([...incomplete.keys()]).toEqual(['2024-06', '2024-08'])
    expect([...incomplete.get('2024-08')!.regions!].sort()).toEqual(expected('2024-08'))
    expect(incomplete.get('2024-06')).toEqual({ count: 1, regions: [NINGXIA] })
    const byMonth = regionsSeriesReports(await regionsSeriesOf('workshops'))
    expect([...byMonth.get('2024-08')!].sort()).toEqual(expected('2024-08'))
    expect(byMonth.get('2024-06')).toEqual([NINGXIA])
    expect(regionsReports(await regionsOf('workshops'))!.regions).toEqual(expect.arrayContaining([XIZANG, GANSU]))
  })

  it('compares every month next to an incomplete one on the provinces that reported both, and says so', async () => {
    useTestData()
    const series = await history(NATIONAL, 'workshops')
    const ctx = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    const months = seriesMonths(series, ctx, missingReportsDataSet.months[0])
    for (const [now, before] of [
      ['2024-06', '2024-05'],
      ['2024-07', '2024-06'],
      ['2024-08', '2024-07'],
    ]) {
      const { sums, provinces } = comparable(missingReportsDataSet, 'workshops', [now, before])
      const delta = roundSignificant(sums[0] - sums[1], COMPARABLE_DIGITS)
      expect(months.find((m) => m.month === now)!.move, now).toMatchObject({
        delta,
        basis: { kind: 'comparable', provinces },
      })
    }
    // May compares two complete months: the nation's own figures
    expect(months.find((m) => m.month === '2024-05')!.move).toMatchObject({ basis: { kind: 'complete' } })
    const s = streakOf(months)
    expect(s.comparable).toEqual(['2024-06', '2024-07', '2024-08'].filter((m) => m >= s.from!))
  })

  it('withholds a province’s move on a month it did not report the month before (宁夏, July on June)', async () => {
    useTestData()
    const series = await history(NINGXIA, 'workshops')
    const months = seriesMonths(series, { nationalId: NATIONAL }, missingReportsDataSet.months[0])
    expect(months.find((m) => m.month === '2024-07')!.move).toEqual({
      kind: 'withheld',
      why: { kind: 'notReported', region: NINGXIA, month: '2024-06' },
    })
    expect(months.some((m) => m.month === '2024-06')).toBe(false)
  })

  it('counts only when /monitoring names a different number of provinces than the answer counts', async () => {
    useTestData()
    const series = await history(NATIONAL, 'workshops')
    const monitoring = await monitoringOf('2024-08')
    // /monitoring of a narrower scope: only one of the two missing provinces is listed
    const narrow: Monitoring = { ...monitoring, items: monitoring.items.filter((i) => i.region !== GANSU) }
    expect(seriesReports(series, { nationalId: NATIONAL, monitoring: narrow }).incomplete.get('2024-08')).toEqual({
      count: 2,
      regions: null,
    })
  })
})

describe('attainmentOf: an incomplete figure’s attainment is that of the provinces that reported', () => {
  const monitoring: Monitoring = {
    month: '2024-08',
    months: ['2024-07', '2024-08'],
    items: [
      { category: 'total', region: NATIONAL, values: [300, 200], target: 300 },
      { category: 'total', region: '530000', values: [100, 110], target: 100 },
      { category: 'total', region: '520000', values: [100, 90], target: 120 },
      { category: 'total', region: XIZANG, values: [100, null], target: 80 },
    ],
  }
  const subject = { nationalId: NATIONAL, monitoring, category: 'total' as const, region: NATIONAL }
  const missing = { count: 1, regions: [XIZANG] }

  it('divides the reports received by their own targets', () => {
    expect(attainmentOf(subject, { month: '2024-08', value: 200, missing }, 300)).toEqual({
      kind: 'ratio',
      ratio: (110 + 90) / (100 + 120),
      basis: { kind: 'comparable', provinces: 2 },
    })
    expect(attainmentOf(subject, { month: '2024-08', value: 200, missing: null }, 300)).toMatchObject({
      ratio: 200 / 300,
      basis: { kind: 'complete' },
    })
    expect(attainmentOf(subject, { month: '2024-08', value: 200, missing }, null)).toBeNull()
  })

  it('compares the two months on the two provinces that reported both', () => {
    const c = compareFigures(
      subject,
      { month: '2024-08', value: 200, missing },
      { month: '2024-07', value: 300, missing: null },
    )
    expect(c).toEqual({
      kind: 'change',
      delta: roundSignificant(200 - 200, COMPARABLE_DIGITS),
      ratio: 0,
      basis: { kind: 'comparable', provinces: 2 },
    })
  })

  it('is withheld without the provinces’ figures', () => {
    expect(attainmentOf({ ...subject, monitoring: undefined }, { month: '2024-08', value: 200, missing }, 300)).toEqual(
      { kind: 'withheld', why: { kind: 'noProvinceFigures', month: '2024-08', missing } },
    )
  })
})

describe('the rule’s words, in both languages', () => {
  const cases: { lang: Lang; missing: string[]; count: string; status: string; complete: string }[] = [
    {
      lang: 'zh',
      missing: ['西藏尚未上报', '西藏和甘肃尚未上报'],
      count: '2个省份尚未上报',
      status: '不完整（西藏尚未上报）',
      complete: '完整',
    },
    {
      lang: 'en',
      missing: ['Xizang not yet reported', 'Xizang and Gansu not yet reported'],
      count: 'two provinces not yet reported',
      status: 'Incomplete (Xizang not yet reported)',
      complete: 'Complete',
    },
  ]
  for (const c of cases) {
    it(`who is missing, a status, why not compared (${c.lang})`, () => {
      expect(missingText({ count: 1, regions: [XIZANG] }, meta, c.lang)).toBe(c.missing[0])
      expect(missingText({ count: 2, regions: [XIZANG, GANSU] }, meta, c.lang)).toBe(c.missing[1])
      expect(missingText({ count: 2, regions: null }, meta, c.lang)).toBe(c.count)
      expect(statusText({ count: 1, regions: [XIZANG] }, meta, c.lang)).toBe(c.status)
      expect(statusText(null, meta, c.lang)).toBe(c.complete)
    })
  }

  it('withheld: the region’s own month, or the provinces’ figures not at hand', () => {
    const own = { kind: 'notReported' as const, region: NINGXIA, month: '2024-06' }
    expect(withheldText(own, meta, 'zh')).toBe('宁夏2024年6月尚未上报，环比不作比较')
    expect(withheldText(own, meta, 'en', 'yoy')).toBe(
      'not compared with a year before, as Ningxia has not reported June 2024',
    )
    const far = { kind: 'noProvinceFigures' as const, month: '2023-03', missing: { count: 1, regions: null } }
    expect(withheldText(far, meta, 'zh')).toBe(
      '2023年3月数据不完整（1个省份尚未上报），缺少可比的分省数据，环比不作比较',
    )
  })

  it('a comparable rise is written 「约」 / "about", with the provinces it was counted on', () => {
    const move = { kind: 'rose' as const, delta: 2000, basis: { kind: 'comparable' as const, provinces: 21 } }
    const s = { length: 7, from: '2024-02', to: '2024-08', comparable: ['2024-08'] }
    expect(describeMove(move, s, meta, 'zh')).toMatchObject({
      delta: '约2000人',
      basis: '按两月均已上报的21个省份计算',
      earlier: null,
    })
    expect(describeMove(move, { ...s, comparable: ['2024-06', '2024-08'] }, meta, 'en')).toMatchObject({
      delta: 'about 2,000',
      basis: 'among the 21 provinces that reported both months',
      earlier: 'June 2024',
    })
  })
})
