/**
 * The pure transforms behind the panels, fed with answers of the mock backend (real fetch through msw) or small
 * hand-made inputs.
 */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { meta as mockMeta } from '../../mocks/handlers'
import { annotationsSchema, type Annotations } from '../../src/api/annotations'
import { channelsSchema, type Channels } from '../../src/api/channels'
import type { CategoryId } from '../../src/api/common'
import { regionsSchema, type RegionsData } from '../../src/api/regions'
import { seriesSchema, type Series } from '../../src/api/series'
import { targetsSchema, type Targets } from '../../src/api/targets'
import { niceScale } from '../../src/charts/scale'
import { formatCell } from '../../src/charts/table'
import { buildChannelRows, channelsSummary, channelsTable } from '../../src/features/channels/channels'
import { buildKpiCards } from '../../src/features/kpis/kpis'
import { rankRegions, regionsSummary, regionsTable } from '../../src/features/regions/regions'
import { attainmentDomain, buildTargetRows, targetsSummary, targetsTable } from '../../src/features/targets/targets'
import {
  buildTrend,
  MAX_MONTH_TICKS,
  monthTicks,
  trendSummary,
  trendTable,
  visibleAnnotations,
} from '../../src/features/trend/trend'
import { formatPersons, formatPercent } from '../../src/lib/format'
import type { View } from '../../src/lib/view'

const meta = mockMeta()
const NATIONAL = '000000'
const THIN_DASH = '\u2009\u2013\u2009'
const VIEW: View = { lang: 'zh', region: NATIONAL, category: 'total', from: '2024-01', to: '2024-08', compare: 'mom' }

async function api<S extends v.GenericSchema>(path: string, params: Record<string, string>, schema: S) {
  const response = await fetch(`http://localhost/api/v1${path}?${new URLSearchParams(params)}`)
  expect(response.status).toBe(200)
  return v.parse(schema, await response.json())
}
const history = (region: string, category: CategoryId, to = '2024-08') =>
  api('/series', { region, category, from: '2023-01', to }, seriesSchema)
const targetsOf = (region: string, month = '2024-08') => api('/targets', { region, month }, targetsSchema)
const regionsOf = (category: CategoryId, month = '2024-08') => api('/regions', { category, month }, regionsSchema)
const channelsOf = (region: string, month = '2024-08') => api('/channels', { region, month }, channelsSchema)
const annotationsOf = (from: string, to: string) => api('/annotations', { from, to }, annotationsSchema)

/** A hand-made monthly series, oldest first. */
function makeSeries(
  start: string,
  values: number[],
  extra: { target?: number | null; category?: CategoryId } = {},
): Series {
  let [y, m] = start.split('-').map(Number)
  return {
    region: NATIONAL,
    category: extra.category ?? 'total',
    points: values.map((value) => {
      const month = `${y}-${String(m).padStart(2, '0')}`
      m += 1
      if (m === 13) {
        y += 1
        m = 1
      }
      return { month, value, previousYear: null, target: extra.target ?? null }
    }),
  }
}

describe('buildKpiCards', () => {
  it('shows the published national August 2024 figures in Chinese', async () => {
    const cards = buildKpiCards(meta, VIEW, await targetsOf(NATIONAL), await history(NATIONAL, 'total'))
    expect(cards.map((c) => c.id)).toEqual(['total', 'streak', 'key_county', 'relocated'])
    const [total, streak, key, relocated] = cards

    expect(total.title).toBe('务工就业规模')
    expect(total.value).toBe('3295.3万')
    expect(total.caption).toBe('全国 · 2024年8月 · 单位：万人')
    expect(total.lines[0]).toBe('年度目标 3019.2万，完成 109.1%')
    expect(total.lines[1]).toBe('超出年度目标 276.1万（9.1个百分点）')
    expect(total.lines[2]).toMatch(/^环比 \+\d+\.\d万（\+\d+\.\d%）$/)
    expect(total.lines[3]).toMatch(/^同比 [+-]\d+\.\d万（[+-]\d+\.\d%）$/)
    expect(total.lines).toHaveLength(4)

    expect(streak.value).toBe('连续7个月')
    expect(streak.lines).toEqual(['2024年2月至8月环比增长'])
    expect(streak.caption).toBe('全国 · 截至2024年8月 · 环比')

    expect(key.value).toBe('669.6万')
    expect(key.lines[0]).toBe(`年度目标 591.5万，完成 ${formatPercent(6_696_000 / 5_914_600, 'zh')}`)
    expect(key.lines[0]).toBe('年度目标 591.5万，完成 113.2%')
    expect(key.lines[3]).toBe('同比 +23.7万（+3.7%）')

    expect(relocated.value).toBe('405.9万')
    expect(relocated.lines[0]).toBe('年度目标 377.8万，完成 107.5%')
    expect(relocated.lines[1]).toMatch(/^超出年度目标 \d+\.\d万（7\.5个百分点）$/)
  })

  it('computes the month-on-month line from the previous month', async () => {
    const targets = await targetsOf(NATIONAL)
    const item = targets.items.find((i) => i.category === 'total')!
    const [total] = buildKpiCards(meta, VIEW, targets, await history(NATIONAL, 'total'))
    const delta = item.value - item.previousMonth!
    const pct = formatPercent(delta / item.previousMonth!, 'zh', { signed: true })
    expect(total.lines[2]).toBe(`环比 ${formatPersons(delta, 'zh', { signed: true })}（${pct}）`)
  })

  it('shows the same figures in English', async () => {
    const cards = buildKpiCards(
      meta,
      { ...VIEW, lang: 'en' },
      await targetsOf(NATIONAL),
      await history(NATIONAL, 'total'),
    )
    const [total, streak, key, relocated] = cards
    expect(total.title).toBe('Employment')
    expect(total.value).toBe('32.953 million')
    expect(total.caption).toBe('National · Aug 2024 · unit: million persons')
    expect(total.lines[0]).toBe('Annual target 30.192 million, 109.1% attained')
    expect(total.lines[1]).toBe('2.761 million (9.1 pp) above the annual target')
    expect(total.lines[2]).toMatch(/^MoM \+\d+\.\d{3} million \(\+\d+\.\d%\)$/)
    expect(streak.value).toBe('7 consecutive months')
    expect(streak.lines).toEqual([`month-on-month growth, Feb${THIN_DASH}Aug 2024`])
    expect(key.value).toBe('6.696 million')
    expect(key.lines[3]).toBe('YoY +0.237 million (+3.7%)')
    expect(relocated.value).toBe('4.059 million')
    expect(relocated.lines[0]).toBe('Annual target 3.778 million, 107.5% attained')
  })

  it('puts the year-on-year line first when comparing year on year', async () => {
    const [total, , key] = buildKpiCards(
      meta,
      { ...VIEW, compare: 'yoy' },
      await targetsOf(NATIONAL),
      await history(NATIONAL, 'total'),
    )
    expect(total.lines[2]).toMatch(/^同比 /)
    expect(total.lines[3]).toMatch(/^环比 /)
    expect(key.lines[2]).toBe('同比 +23.7万（+3.7%）')
  })

  it('says so when a province does not report a category', async () => {
    const henan = await targetsOf('410000')
    const [total, , key, relocated] = buildKpiCards(
      meta,
      { ...VIEW, region: '410000' },
      henan,
      await history('410000', 'total'),
    )
    expect(total.value).not.toBeNull()
    expect(key.value).toBeNull()
    expect(key.lines).toEqual(['河南没有“重点帮扶县”数据。'])
    expect(relocated.value).not.toBeNull()

    const liaoning = await targetsOf('210000')
    const cards = buildKpiCards(
      meta,
      { ...VIEW, region: '210000', lang: 'en' },
      liaoning,
      await history('210000', 'total'),
    )
    expect(cards[3].value).toBeNull()
    expect(cards[3].lines).toEqual(['Liaoning has no “Relocated population” figures.'])
  })

  it('says when the target is not met yet, and when there is nothing to compare with', () => {
    const targets: Targets = {
      region: NATIONAL,
      month: '2023-01',
      items: [{ category: 'total', value: 29_580_000, target: 30_192_000, previousMonth: null, previousYear: null }],
    }
    const [total, streak] = buildKpiCards(meta, VIEW, targets, makeSeries('2023-01', [29_580_000]))
    expect(total.lines).toEqual([
      '年度目标 3019.2万，完成 98.0%',
      '距年度目标还差 61.2万（2.0个百分点）',
      '环比：无可比数据',
      '同比：无可比数据',
    ])
    expect(streak.value).toBe('本月未环比增长')
    expect(streak.lines).toEqual([])
  })

  it('shows a dash for the relative change from zero', () => {
    const targets: Targets = {
      region: NATIONAL,
      month: '2024-02',
      items: [{ category: 'total', value: 100_000, target: 200_000, previousMonth: 0, previousYear: 100_000 }],
    }
    const [total] = buildKpiCards(meta, VIEW, targets, makeSeries('2024-01', [0, 100_000]))
    expect(total.lines[2]).toBe('环比 +10.0万（—）')
    expect(total.lines[3]).toBe('同比 0.0万（0.0%）')
  })

  it('counts a one-month streak in the singular in English', () => {
    const targets: Targets = { region: NATIONAL, month: '2024-02', items: [] }
    const cards = buildKpiCards(meta, { ...VIEW, lang: 'en' }, targets, makeSeries('2024-01', [1, 2]))
    expect(cards[1].value).toBe('1 month')
    expect(cards[1].lines).toEqual(['month-on-month growth, Feb 2024'])
  })
})

describe('buildTrend', () => {
  it('keeps the months from `from` on and marks the streak, which may start before them', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    expect(trend.rows.map((r) => r.month)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
    ])
    expect(trend.streak).toEqual({ length: 7, from: '2024-02', to: '2024-08' })
    expect(trend.rows[0].streak).toBeNull()
    for (const row of trend.rows.slice(1)) expect(row.streak).toBe(row.value)
    const late = buildTrend(await history(NATIONAL, 'total'), '2024-05')
    expect(late.rows[0].month).toBe('2024-05')
    expect(late.rows.every((r) => r.streak === r.value)).toBe(true)
  })

  it('computes month-on-month and year-on-year changes, the first against the month before the period', async () => {
    const series = await history(NATIONAL, 'total')
    const trend = buildTrend(series, '2024-01')
    const dec = series.points.find((p) => p.month === '2023-12')!.value
    const jan = trend.rows[0]
    expect(jan.mom).toBe(jan.value - dec)
    expect(jan.mom!).toBeLessThan(0) // the count restarts in January
    const aug = trend.rows[trend.rows.length - 1]
    expect(aug.value).toBe(32_953_000)
    expect(aug.target).toBe(30_192_000)
    expect(aug.yoy).toBe(aug.value - aug.previousYear!)
    expect(buildTrend(series, '2023-01').rows[0]).toMatchObject({ mom: null, yoy: null, previousYear: null })
  })

  it('labels every month while they fit, else every n-th month counted back from the last', async () => {
    const eight = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    expect(eight.spansYears).toBe(false)
    expect(eight.monthTicks).toEqual(eight.rows.map((r) => r.month))
    // 20 months across two years: long labels, at most 8 of them, every third month back from August 2024.
    const twenty = buildTrend(await history(NATIONAL, 'total'), '2023-01')
    expect(twenty.rows).toHaveLength(20)
    expect(twenty.spansYears).toBe(true)
    expect(twenty.monthTicks).toEqual(['2023-02', '2023-05', '2023-08', '2023-11', '2024-02', '2024-05', '2024-08'])
    const sixty = Array.from(
      { length: 60 },
      (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    )
    const ticks = monthTicks(sixty, MAX_MONTH_TICKS.long)
    expect(ticks).toHaveLength(8)
    expect(ticks.slice(0, 2)).toEqual(['2020-04', '2020-12']) // every eighth month back from December 2024
    expect(ticks.at(-1)).toBe('2024-12')
  })

  it('chooses an axis that holds the values, last year and the target', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    const all = trend.rows.flatMap((r) => [r.value, r.previousYear!, r.target!])
    const [low, high] = trend.scale.domain
    expect(low).toBeLessThanOrEqual(Math.min(...all))
    expect(high).toBeGreaterThanOrEqual(Math.max(...all))
    expect(low).toBeGreaterThan(0) // hugs the data, not from zero
    expect(trend.scale.ticks[0]).toBe(low)
    expect(trend.scale.ticks[trend.scale.ticks.length - 1]).toBe(high)
  })

  it('has no streak rows when the last month fell', () => {
    const trend = buildTrend(makeSeries('2024-01', [10, 12, 11]), '2024-01')
    expect(trend.streak.length).toBe(0)
    expect(trend.rows.every((r) => r.streak === null)).toBe(true)
  })
})

describe('trendSummary', () => {
  it('writes the national August 2024 sentence in Chinese exactly', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    expect(trendSummary(trend, 'zh', { region: '全国', category: '脱贫人口务工就业' })).toBe(
      '2024年2月至8月，全国脱贫人口务工就业规模连续7个月环比增长，8月底达3295.3万人，完成年度目标的109.1%。',
    )
  })

  it('writes it in English', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    expect(trendSummary(trend, 'en', { region: 'National', category: 'Poverty-alleviated employment' })).toBe(
      `Feb${THIN_DASH}Aug 2024, Poverty-alleviated employment (National) grew month on month for 7 consecutive months, ` +
        'reaching 32.953 million at the end of Aug 2024, 109.1% of the annual target.',
    )
  })

  it('names the period shown and says growth did not hold when there is no streak', () => {
    const trend = buildTrend(makeSeries('2024-01', [300_000, 320_000, 310_000], { target: 300_000 }), '2024-01')
    expect(trendSummary(trend, 'zh', { region: '贵州', category: '易地搬迁脱贫人口' })).toBe(
      '2024年1月至3月，贵州易地搬迁脱贫人口规模未能保持环比增长，3月底达31.0万人，完成年度目标的103.3%。',
    )
    expect(trendSummary(trend, 'en', { region: 'Guizhou', category: 'Relocated population' })).toBe(
      `Jan${THIN_DASH}Mar 2024, Relocated population (Guizhou) did not keep growing month on month, ` +
        'reaching 0.310 million at the end of Mar 2024, 103.3% of the annual target.',
    )
  })

  it('leaves out the target clause for a category without a target', () => {
    const trend = buildTrend(makeSeries('2024-06', [1_000_000, 1_100_000], { category: 'in_county' }), '2024-06')
    expect(trendSummary(trend, 'zh', { region: '全国', category: '县内务工' })).toBe(
      '2024年7月，全国县内务工规模连续1个月环比增长，7月底达110.0万人。',
    )
    expect(trendSummary(trend, 'en', { region: 'National', category: 'Within the county' })).toBe(
      'Jul 2024, Within the county (National) grew month on month for 1 consecutive month, reaching 1.100 million at the end of Jul 2024.',
    )
  })

  it('writes the year of the end month when the streak crosses a year', () => {
    const trend = buildTrend(makeSeries('2023-11', [100_000, 200_000, 300_000, 400_000]), '2024-01')
    expect(trendSummary(trend, 'zh', { region: '全国', category: '重点帮扶县' })).toBe(
      '2023年12月至2024年2月，全国重点帮扶县规模连续3个月环比增长，2024年2月底达40.0万人。',
    )
  })
})

describe('trendTable', () => {
  it('has the month, value, last year and target of every row', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-06')
    const table = trendTable(trend, 'zh', '脱贫人口务工就业')
    expect(table.columns).toEqual([
      { key: 'month', label: '月份', kind: 'month' },
      { key: 'value', label: '脱贫人口务工就业', kind: 'persons' },
      { key: 'previousYear', label: '上年同期', kind: 'persons' },
      { key: 'target', label: '年度目标', kind: 'persons' },
    ])
    expect(table.rows.map((r) => r.month)).toEqual(['2024-06', '2024-07', '2024-08'])
    expect(table.rows[2]).toMatchObject({ month: '2024-08', value: 32_953_000, target: 30_192_000 })
    expect(table.rows[0].value).toBe(32_740_000) // 2024-06: 3274万
    expect(trendTable(trend, 'en', 'x').columns.map((c) => c.label)).toEqual([
      'Month',
      'x',
      'Same month last year',
      'Annual target',
    ])
  })
})

describe('visibleAnnotations', () => {
  it('keeps the programmes overlapping the rows, clipped to them', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-03')
    const annotations = await annotationsOf('2024-03', '2024-08')
    const visible = visibleAnnotations(annotations, trend.rows)
    expect(visible.map((a) => [a.id, a.from, a.to])).toEqual([
      ['spring_breeze_2024', '2024-03', '2024-03'],
      ['hundred_day_2024', '2024-05', '2024-08'],
    ])
    expect(visible.every((a) => a.approximate)).toBe(true)
    // Labels hang inwards from the nearer side, on alternate lines: none runs off the chart or into another.
    expect(visible.map((a) => a.label)).toEqual([
      { align: 'start', line: 0 },
      { align: 'end', line: 1 },
    ])
  })

  it('names each programme once, on its latest band, when the months span years', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2023-01')
    const visible = visibleAnnotations(await annotationsOf('2023-01', '2024-08'), trend.rows)
    const labelled = visible.filter((a) => a.label !== null)
    expect(labelled.map((a) => a.id)).toEqual(['spring_breeze_2024', 'hundred_day_2024'])
    expect(labelled.map((a) => a.label)).toEqual([
      { align: 'end', line: 0 },
      { align: 'end', line: 1 },
    ])
    expect(visible.length).toBeGreaterThan(labelled.length)
  })

  it('clips at the end too, and drops the programmes outside', () => {
    const rows = buildTrend(makeSeries('2023-01', [1, 2, 3, 4, 5, 6]), '2023-03').rows // 2023-03 … 2023-06
    const annotations: Annotations = {
      items: [
        { id: 'a', name: { zh: '甲', en: 'A' }, from: '2022-11', to: '2023-02', approximate: true },
        { id: 'b', name: { zh: '乙', en: 'B' }, from: '2023-05', to: '2023-08', approximate: false },
        { id: 'c', name: { zh: '丙', en: 'C' }, from: '2023-02', to: '2023-03', approximate: true },
      ],
    }
    expect(visibleAnnotations(annotations, rows).map((a) => [a.id, a.from, a.to])).toEqual([
      ['b', '2023-05', '2023-06'],
      ['c', '2023-03', '2023-03'],
    ])
    expect(annotations.items[1].to).toBe('2023-08') // the input is not changed
  })

  it('gives nothing without annotations or rows', () => {
    expect(visibleAnnotations(undefined, buildTrend(makeSeries('2024-01', [1]), '2024-01').rows)).toEqual([])
    expect(
      visibleAnnotations(
        { items: [{ id: 'x', name: { zh: '', en: '' }, from: '2024-01', to: '2024-02', approximate: true }] },
        [],
      ),
    ).toEqual([])
  })
})

describe('targets', () => {
  it('builds one row per category with a target, with attainment', async () => {
    const rows = buildTargetRows(await targetsOf(NATIONAL), meta, 'zh')
    expect(rows.map((r) => [r.category, r.name, r.value, r.target])).toEqual([
      ['total', '脱贫人口务工就业', 32_953_000, 30_192_000],
      ['key_county', '重点帮扶县', 6_696_000, 5_914_600],
      ['relocated', '易地搬迁脱贫人口', 4_059_000, 3_777_500],
    ])
    expect(rows[0].attainment).toBeCloseTo(32_953_000 / 30_192_000, 12)
    expect(buildTargetRows(await targetsOf(NATIONAL), meta, 'en')[2].name).toBe('Relocated population')
  })

  it('runs the attainment axis to at least 120%, in tenths', () => {
    const row = (attainment: number) => ({ category: 'total', name: '', value: 0, target: 1, attainment })
    expect(attainmentDomain([])).toEqual([0, 1.2])
    expect(attainmentDomain([row(1.091), row(0.5)])).toEqual([0, 1.2])
    expect(attainmentDomain([row(1.25)])).toEqual([0, 1.3])
    expect(attainmentDomain([row(2.01)])).toEqual([0, 2.1])
  })

  it('summarises the national August 2024 attainment in both languages', async () => {
    const targets = await targetsOf(NATIONAL)
    expect(targetsSummary(buildTargetRows(targets, meta, 'zh'), '2024-08', '全国', 'zh')).toBe(
      '2024年8月，全国3项有年度目标的指标中3项已完成目标，完成率最高的是重点帮扶县（113.2%）。',
    )
    expect(targetsSummary(buildTargetRows(targets, meta, 'en'), '2024-08', 'National', 'en')).toBe(
      'In Aug 2024, National had met 3 of 3 annual targets; the highest attainment was Key assistance counties (113.2%).',
    )
  })

  it('counts only the targets met', () => {
    const rows = [
      { category: 'total', name: 'A', value: 90, target: 100, attainment: 0.9 },
      { category: 'relocated', name: 'B', value: 100, target: 100, attainment: 1 },
    ]
    expect(targetsSummary(rows, '2024-03', '贵州', 'zh')).toBe(
      '2024年3月，贵州2项有年度目标的指标中1项已完成目标，完成率最高的是B（100.0%）。',
    )
  })

  it('tabulates actual, target and attainment', async () => {
    const table = targetsTable(buildTargetRows(await targetsOf(NATIONAL), meta, 'zh'), 'zh')
    expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
      ['name', 'text'],
      ['value', 'persons'],
      ['target', 'persons'],
      ['attainment', 'ratio'],
    ])
    expect(table.rows[0]).toEqual({
      name: '脱贫人口务工就业',
      value: 32_953_000,
      target: 30_192_000,
      attainment: 32_953_000 / 30_192_000,
    })
  })
})

describe('rankRegions', () => {
  const item = (region: string, value: number, extra: Partial<RegionsData['items'][number]> = {}) => ({
    region,
    value,
    target: null,
    previousMonth: null,
    previousYear: null,
    ...extra,
  })

  it('sorts the provinces by value, highest first', async () => {
    const data = await regionsOf('total')
    const rows = rankRegions(data, meta, 'zh', 'value', 'mom')
    expect(rows).toHaveLength(25)
    for (let i = 1; i < rows.length; i += 1) expect(rows[i - 1].value).toBeGreaterThanOrEqual(rows[i].value)
    expect(rows.every((r) => r.metric === r.value)).toBe(true)
    expect(rows[rows.length - 1].name).toBe('福建') // the smallest share
    expect(rows.map((r) => r.region).sort()).toEqual(data.items.map((i) => i.region).sort())
  })

  it('sorts by attainment or by change when asked', async () => {
    const data = await regionsOf('total')
    const byAttainment = rankRegions(data, meta, 'en', 'attainment', 'mom')
    for (let i = 1; i < byAttainment.length; i += 1) {
      expect(byAttainment[i - 1].attainment!).toBeGreaterThanOrEqual(byAttainment[i].attainment!)
    }
    const byYoy = rankRegions(data, meta, 'en', 'change', 'yoy')
    for (const row of byYoy) {
      const source = data.items.find((i) => i.region === row.region)!
      expect(row.change).toBe(source.value - source.previousYear!)
      expect(row.metric).toBe(row.change)
    }
    for (let i = 1; i < byYoy.length; i += 1) expect(byYoy[i - 1].change!).toBeGreaterThanOrEqual(byYoy[i].change!)
    const byMom = rankRegions(data, meta, 'en', 'change', 'mom')
    const first = data.items.find((i) => i.region === byMom[0].region)!
    expect(byMom[0].change).toBe(first.value - first.previousMonth!)
  })

  it('puts the provinces without the metric last, in code order', () => {
    const data: RegionsData = {
      category: 'total',
      month: '2024-08',
      items: [
        item('530000', 50),
        item('520000', 40, { target: 20 }),
        item('450000', 60),
        item('130000', 10, { target: 5 }),
      ],
    }
    const rows = rankRegions(data, meta, 'zh', 'attainment', 'mom')
    expect(rows.map((r) => [r.region, r.metric])).toEqual([
      ['130000', 2],
      ['520000', 2],
      ['450000', null],
      ['530000', null],
    ])
  })

  it('is stable: ties in code order whatever the input order', () => {
    const items = [item('620000', 5), item('150000', 7), item('520000', 5), item('350000', 5), item('450000', 9)]
    const expected = ['450000', '150000', '350000', '520000', '620000']
    const forward = rankRegions({ category: 'total', month: '2024-08', items }, meta, 'zh', 'value', 'mom')
    const backward = rankRegions(
      { category: 'total', month: '2024-08', items: [...items].reverse() },
      meta,
      'zh',
      'value',
      'mom',
    )
    expect(forward.map((r) => r.region)).toEqual(expected)
    expect(backward.map((r) => r.region)).toEqual(expected)
  })

  it('has no change without a comparison value, and ranks it last', () => {
    const items = [item('520000', 5, { previousMonth: 4 }), item('530000', 9), item('450000', 1, { previousMonth: 3 })]
    const rows = rankRegions({ category: 'total', month: '2024-08', items }, meta, 'zh', 'change', 'mom')
    expect(rows.map((r) => [r.region, r.change])).toEqual([
      ['520000', 1],
      ['450000', -2],
      ['530000', null],
    ])
  })

  it('names the provinces in the language', () => {
    const rows = rankRegions(
      { category: 'total', month: '2024-08', items: [item('540000', 1)] },
      meta,
      'en',
      'value',
      'mom',
    )
    expect(rows[0].name).toBe('Xizang (Tibet)')
  })
})

describe('regionsSummary and regionsTable', () => {
  it('names the largest and smallest provinces and counts the targets met', async () => {
    const rows = rankRegions(await regionsOf('total'), meta, 'zh', 'value', 'mom')
    const top = rows[0]
    const met = rows.filter((r) => r.value >= r.target!).length
    expect(regionsSummary(rows, '2024-08', '脱贫人口务工就业', 'zh')).toBe(
      `2024年8月，脱贫人口务工就业规模最大的省份是${top.name}（${formatPersons(top.value, 'zh')}），` +
        `最小的是福建（${formatPersons(rows[24].value, 'zh')}）；${met}个省份已完成年度目标。`,
    )
  })

  it('finds the largest and smallest whatever the order of the rows', async () => {
    const rows = rankRegions(await regionsOf('total'), meta, 'en', 'change', 'mom')
    const byValue = [...rows].sort((a, b) => b.value - a.value)
    const sentence = regionsSummary(rows, '2024-08', 'employment', 'en')
    expect(sentence).toContain(`the largest employment figure was ${byValue[0].name} (`)
    expect(sentence).toContain(`the smallest Fujian (${formatPersons(byValue[24].value, 'en')})`)
    expect(sentence).toMatch(/^In Aug 2024, /)
    expect(sentence).toMatch(/; \d+ provinces had met their annual target\.$/)
  })

  it('leaves out the targets clause for a category without targets', async () => {
    const rows = rankRegions(await regionsOf('workshops'), meta, 'zh', 'value', 'mom')
    const sentence = regionsSummary(rows, '2024-08', '就业帮扶车间', 'zh')
    expect(sentence).not.toContain('年度目标')
    expect(sentence).toMatch(/^2024年8月，就业帮扶车间规模最大的省份是.+（.+万），最小的是.+（.+万）。$/)
  })

  it('tabulates the rows with the change column named by the comparison', async () => {
    const rows = rankRegions(await regionsOf('total'), meta, 'zh', 'value', 'mom')
    expect(regionsTable(rows, 'zh', 'mom').columns.map((c) => c.label)).toEqual([
      '地区',
      '数值',
      '年度目标',
      '完成率',
      '环比',
    ])
    expect(regionsTable(rows, 'en', 'yoy').columns[4]).toEqual({ key: 'change', label: 'YoY', kind: 'persons' })
    expect(regionsTable(rows, 'zh', 'mom').rows[0]).toEqual({
      name: rows[0].name,
      value: rows[0].value,
      target: rows[0].target,
      attainment: rows[0].attainment,
      change: rows[0].change,
    })
  })
})

describe('channels', () => {
  it('builds the three channels and the two parts of within-the-county work', async () => {
    const data = await channelsOf(NATIONAL)
    const rows = buildChannelRows(data, meta, 'zh')
    expect(rows.map((r) => [r.category, r.name, r.part])).toEqual([
      ['out_of_province', '省外务工', false],
      ['in_province', '省内县外务工', false],
      ['in_county', '县内务工', false],
      ['public_posts', '乡村公益性岗位', true],
      ['workshops', '就业帮扶车间', true],
    ])
    const channels = rows.filter((r) => !r.part)
    expect(channels.reduce((a, r) => a + r.value, 0)).toBe(32_953_000)
    expect(channels.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12)
    for (const r of rows) expect(r.share).toBeCloseTo(r.value / 32_953_000, 12)
  })

  it('shows only what a province reports', async () => {
    const rows = buildChannelRows(await channelsOf('350000'), meta, 'en')
    expect(rows.map((r) => r.name)).toEqual([
      'Outside the province',
      'In province, outside the county',
      'Within the county',
    ])
  })

  it('gives zero shares for a zero total rather than dividing by zero', () => {
    const data: Channels = {
      region: NATIONAL,
      month: '2024-08',
      total: 0,
      items: [{ category: 'out_of_province', value: 0, previousYear: null }],
    }
    expect(buildChannelRows(data, meta, 'zh')[0].share).toBe(0)
  })

  it('summarises the shares in both languages', async () => {
    const data = await channelsOf(NATIONAL)
    const rows = buildChannelRows(data, meta, 'zh')
    const pct = (c: string) => formatPercent(data.items.find((i) => i.category === c)!.value / data.total, 'zh')
    expect(channelsSummary(rows, '2024-08', '全国', 'zh')).toBe(
      `2024年8月，全国务工的脱贫人口中${pct('out_of_province')}在省外，${pct('in_province')}在省内县外，${pct('in_county')}在县内。`,
    )
    expect(channelsSummary(rows, '2024-08', 'National', 'en')).toMatch(
      /^In Aug 2024, of the poverty-alleviated people in work in National, \d+\.\d% worked outside the province, \d+\.\d% in the province outside their county and \d+\.\d% within their county\.$/,
    )
  })

  it('has no summary when a channel is missing', () => {
    const data: Channels = {
      region: NATIONAL,
      month: '2024-08',
      total: 10,
      items: [
        { category: 'out_of_province', value: 4, previousYear: null },
        { category: 'in_county', value: 6, previousYear: null },
      ],
    }
    expect(channelsSummary(buildChannelRows(data, meta, 'zh'), '2024-08', '全国', 'zh')).toBeNull()
  })

  it('tabulates name, value and share', async () => {
    const rows = buildChannelRows(await channelsOf(NATIONAL), meta, 'zh')
    const table = channelsTable(rows, 'en')
    expect(table.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['name', 'Category', 'text'],
      ['value', 'Value', 'persons'],
      ['share', 'Share', 'ratio'],
    ])
    expect(table.rows).toHaveLength(5)
    expect(table.rows[0]).toEqual({ name: rows[0].name, value: rows[0].value, share: rows[0].share })
  })
})

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

describe('formatCell', () => {
  it('shows an empty cell as a dash', () => {
    for (const kind of ['text', 'month', 'persons', 'ratio'] as const) expect(formatCell(null, kind, 'zh')).toBe('—')
  })

  it('formats each kind in the language', () => {
    expect(formatCell(32_953_000, 'persons', 'zh')).toBe('3295.3万')
    expect(formatCell(32_953_000, 'persons', 'en')).toBe('32.953 million')
    expect(formatCell(32_953_000 / 30_192_000, 'ratio', 'zh')).toBe('109.1%')
    expect(formatCell('2024-08', 'month', 'zh')).toBe('2024年8月')
    expect(formatCell('2024-08', 'month', 'en')).toBe('Aug 2024')
    expect(formatCell('贵州', 'text', 'en')).toBe('贵州')
    expect(formatCell('2024-08', 'text', 'zh')).toBe('2024-08')
    expect(formatCell(42, 'text', 'zh')).toBe('42')
    expect(formatCell(0, 'persons', 'zh')).toBe('0.0万')
  })
})
