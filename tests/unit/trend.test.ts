/** The trend panel's pure parts: rows, streak, axis, table, annotations and the summary sentence. */
import { describe, expect, it } from 'vitest'
import type { Annotations } from '../../src/api/annotations'
import type { CategoryId } from '../../src/api/common'
import { dataSet } from '../../mocks/data/dataset'
import { missingReportsDataSet } from '../../mocks/data/missingReports'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { trendLegend } from '../../src/features/trend/seriesConfig'
import {
  buildTrend,
  incompleteMonths,
  MAX_MONTH_TICKS,
  monthTicks,
  trendChartRows,
  trendSummary,
  trendTable,
  trendTooltip,
  visibleAnnotations,
} from '../../src/features/trend/trend'
import { formatPersons, formatPersonsProse, roundSignificant, type Lang } from '../../src/lib/format'
import { COMPARABLE_DIGITS } from '../../src/lib/reports'
import { annotationsOf, history, makeSeries, meta, monitoringOf, NATIONAL, VIEW } from '../fixtures/demo'

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
    expect(trend.streak).toMatchObject({ length: 7, from: '2024-02', to: '2024-08', comparable: [] })
    expect(trend.rows[0].streak).toBeNull()
    for (const row of trend.rows.slice(1)) expect(row.streak).toBe(row.value)
    const late = buildTrend(await history(NATIONAL, 'total'), '2024-05')
    expect(late.rows[0].month).toBe('2024-05')
    expect(late.rows.every((r) => r.streak === r.value)).toBe(true)
  })

  it('computes month-on-month and year-on-year changes, the first against the month before the period', async () => {
    const series = await history(NATIONAL, 'total')
    const trend = buildTrend(series, '2024-02')
    const feb = trend.rows[0]
    expect(feb.mom).toBe(30_060_000 - 29_580_000) // 3006万 − 2958万 (January, before the period)
    const aug = trend.rows[trend.rows.length - 1]
    expect(aug.value).toBe(32_953_000)
    expect(aug.target).toBe(30_192_000)
    expect(aug.mom).toBe(32_953_000 - 32_890_000)
    expect(aug.yoy).toBe(aug.value - aug.previousYear!)
    expect(buildTrend(series, '2023-01').rows[0]).toMatchObject({ mom: null, yoy: null, previousYear: null })
  })

  it('has no month-on-month change for a January: the yearly count restarts', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2023-12')
    expect(trend.rows[0].mom).toBe(33_970_000 - 33_510_000)
    expect(trend.rows[1]).toMatchObject({ month: '2024-01', mom: null, yoy: 29_580_000 - 29_300_000 })
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
    expect(trend.move).toEqual({ kind: 'fell', delta: -1, basis: { kind: 'complete' } })
    expect(trend.rows.every((r) => r.streak === null)).toBe(true)
  })
})

describe('trendSummary', () => {
  type Case = {
    name: string
    series: () => Promise<ReturnType<typeof makeSeries>> | ReturnType<typeof makeSeries>
    from: string
    region: string
    category: CategoryId
    zh: string
    en: string
  }
  const national = (to: string) => () => history(NATIONAL, 'total', to)
  const cases: Case[] = [
    {
      name: 'the default view: a streak of seven (the published figure)',
      series: national('2024-08'),
      from: '2024-01',
      region: NATIONAL,
      category: 'total',
      zh: '截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%。',
      en:
        'By the end of August 2024, after seven consecutive months of month-on-month growth, the number of people ' +
        'lifted out of poverty in work nationwide had reached 32.953 million, 109.1% of the annual target.',
    },
    {
      name: 'a period shorter than the streak: anchored to the end month, no months off the chart',
      series: national('2024-08'),
      from: '2024-06',
      region: NATIONAL,
      category: 'total',
      zh: '截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%。',
      en:
        'By the end of August 2024, after seven consecutive months of month-on-month growth, the number of people ' +
        'lifted out of poverty in work nationwide had reached 32.953 million, 109.1% of the annual target.',
    },
    {
      name: 'the first month of the data: nothing to compare with (2930万 / 3019.2万 = 97.0%)',
      series: national('2023-01'),
      from: '2023-01',
      region: NATIONAL,
      category: 'total',
      // (a period of that one month: the sentence also says a trend needs two)
      zh:
        '截至2023年1月底，全国脱贫人口务工就业规模为2930万人，完成年度目标任务的97.0%；这是数据的第一个月，没有上月数据可比。' +
        '所选时期只有一个月，趋势需要至少两个月的数据。',
      en:
        'At the end of January 2023, the number of people lifted out of poverty in work nationwide stood at 29.3 million, ' +
        '97.0% of the annual target; the data begin that month, so there is no earlier month to compare with. ' +
        'The period chosen is a single month; a trend needs at least two.',
    },
    {
      name: 'a streak of one is not consecutive (3012万 − 2930万 = 82万)',
      series: national('2023-02'),
      from: '2023-01',
      region: NATIONAL,
      category: 'total',
      zh: '截至2023年2月底，全国脱贫人口务工就业规模为3012万人，比上月增加82万人，完成年度目标任务的99.8%。',
      en:
        'By the end of February 2023, the number of people lifted out of poverty in work nationwide had grown by ' +
        '820,000 on the month before, to 30.12 million, 99.8% of the annual target.',
    },
    {
      name: 'a January: the yearly count restarts, no judgement (2958万, no trailing .0)',
      series: national('2024-01'),
      from: '2023-06',
      region: NATIONAL,
      category: 'total',
      zh: '截至2024年1月底，全国脱贫人口务工就业规模为2958万人，完成年度目标任务的98.0%；每年1月起重新统计，不与上年12月比较。',
      en:
        'At the end of January 2024, the number of people lifted out of poverty in work nationwide stood at 29.58 ' +
        'million, 98.0% of the annual target; the yearly count restarts in January, so it is not compared with December.',
    },
    {
      name: 'a streak of two in a province, small figures in persons',
      series: () =>
        makeSeries('2024-01', [25_100, 26_469, 26_998], { category: 'key_county', region: '640000', target: 26_092 }),
      from: '2024-01',
      region: '640000',
      category: 'key_county',
      zh: '截至2024年3月底，宁夏重点帮扶县脱贫人口务工就业规模已连续2个月环比增长，达2.7万人，完成年度目标任务的103.5%。',
      en:
        'By the end of March 2024, after two consecutive months of month-on-month growth, the number of people lifted ' +
        'out of poverty in work in key assistance counties in Ningxia had reached 26,998, 103.5% of the annual target.',
    },
    {
      name: 'a fall, Xizang, a category without a target: a 90-person change in persons',
      series: () => makeSeries('2024-05', [36_000, 35_910], { category: 'public_posts', region: '540000' }),
      from: '2024-05',
      region: '540000',
      category: 'public_posts',
      zh: '截至2024年6月底，西藏乡村公益性岗位安置脱贫人口为3.6万人，比上月减少90人。',
      en:
        'By the end of June 2024, the number of people in rural public-welfare posts in Xizang had fallen by 90 on the ' +
        'month before, to 35,910.',
    },
    {
      name: 'unchanged; a channel is counted by home province',
      series: () => makeSeries('2024-06', [1_458_000, 1_458_000], { category: 'out_of_province', region: '530000' }),
      from: '2024-06',
      region: '530000',
      category: 'out_of_province',
      zh: '截至2024年7月底，云南脱贫人口省外务工规模为145.8万人，与上月持平。',
      en:
        'At the end of July 2024, the number of people lifted out of poverty from Yunnan working outside their ' +
        'province was unchanged on the month before, at 1.458 million.',
    },
    {
      name: 'workshops nationwide: the glossary subject',
      series: () => makeSeries('2024-06', [510_000, 512_000, 514_000], { category: 'workshops' }),
      from: '2024-06',
      region: NATIONAL,
      category: 'workshops',
      zh: '截至2024年8月底，全国就业帮扶车间吸纳脱贫人口就业已连续2个月环比增长，达51.4万人。',
      en:
        'By the end of August 2024, after two consecutive months of month-on-month growth, the number of people ' +
        'employed in employment assistance workshops nationwide had reached 514,000.',
    },
  ]

  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, async () => {
        const trend = buildTrend(await c.series(), c.from)
        const view = { ...VIEW, lang, region: c.region, category: c.category }
        expect(trendSummary(trend, meta, view)).toBe(c[lang])
      })
    }
  }
})

describe('trendTable', () => {
  it('has the month, value, last year and target of every row', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-06')
    const table = trendTable(trend, meta, 'zh', '脱贫人口务工就业')
    expect(table.columns).toEqual([
      { key: 'month', label: '月份', kind: 'month' },
      { key: 'value', label: '脱贫人口务工就业', kind: 'persons' },
      { key: 'previousYear', label: '上年同期', kind: 'persons' },
      { key: 'target', label: '年度目标任务', kind: 'persons' },
    ])
    expect(table.rows.map((r) => r.month)).toEqual(['2024-06', '2024-07', '2024-08'])
    expect(table.rows[2]).toMatchObject({ month: '2024-08', value: 32_953_000, target: 30_192_000 })
    expect(table.rows[0].value).toBe(32_740_000) // 2024-06: 3274万
    expect(trendTable(trend, meta, 'en', 'x').columns.map((c) => c.label)).toEqual([
      'Month',
      'x',
      'Same month last year',
      'Annual target',
    ])
  })
})

describe('trendTooltip', () => {
  it('says the month, its value, both changes and the target, as published', async () => {
    const series = await history(NATIONAL, 'total')
    const trend = buildTrend(series, '2024-01')
    const aug = trend.rows.at(-1)!
    const july = series.points.find((p) => p.month === '2024-07')!.value
    const zh = trendTooltip(aug, meta, 'zh')
    expect(zh[0]).toBe('2024年8月')
    expect(zh[1]).toBe('本期：3295.3万')
    expect(zh[2]).toBe(`环比：${formatPersons(32_953_000 - july, 'zh', { signed: true })}`)
    expect(zh[3]).toBe(`同比：${formatPersons(32_953_000 - aug.previousYear!, 'zh', { signed: true })}`)
    expect(zh[4]).toBe('年度目标任务：3019.2万')
    expect(trendTooltip(aug, meta, 'en')).toEqual([
      'Aug 2024',
      'This period: 32.953 million',
      `MoM: ${formatPersons(32_953_000 - july, 'en', { signed: true })}`,
      `YoY: ${formatPersons(32_953_000 - aug.previousYear!, 'en', { signed: true })}`,
      'Annual target: 30.192 million',
    ])
  })

  it('writes a dash for a change with nothing to compare with, and leaves out a missing target', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2023-01')
    const first = trend.rows[0]
    expect(trendTooltip(first, meta, 'zh').slice(2, 4)).toEqual(['环比：—', '同比：—'])
    expect(trendTooltip({ ...first, target: null }, meta, 'en')).toHaveLength(4)
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
    expect(visible.map((a) => a.name)).toEqual([
      { zh: '春风行动', en: 'Spring Breeze Action' },
      { zh: '百日千万招聘专项行动', en: '100-Day 10-Million Recruitment Campaign' },
    ])
    // Labels hang inwards from the nearer side, on alternate lines: none runs off the chart or into another.
    expect(visible.map((a) => a.label)).toEqual([
      { align: 'start', line: 0 },
      { align: 'end', line: 1 },
    ])
  })

  it('names every band drawn, when the months span years too (each year’s band of a programme)', async () => {
    const trend = buildTrend(await history(NATIONAL, 'total'), '2023-01')
    const visible = visibleAnnotations(await annotationsOf('2023-01', '2024-08'), trend.rows)
    expect(visible.length).toBeGreaterThan(2)
    expect(visible.every((a) => a.label !== null)).toBe(true)
    // the earlier year's bands hang from their start, the later ones from their end; lines alternate as a first choice
    expect(visible.map((a) => a.label.align)).toEqual(visible.map((a) => (a.from < '2023-11' ? 'start' : 'end')))
    expect(visible.map((a) => a.label.line)).toEqual(visible.map((_, i) => i % 2))
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

describe('trendLegend (the series config the chart and every export read)', () => {
  it('lists the series in one order in both languages, whatever the labels sort to', async () => {
    const { trendLegend } = await import('../../src/features/trend/seriesConfig')
    const trend = buildTrend(await history(NATIONAL, 'total'), '2024-01')
    const keys = (lang: Lang) => trendLegend(trend, lang).map((item) => item.key)
    expect(keys('zh')).toEqual(['value', 'streak', 'previousYear', 'target'])
    expect(keys('en')).toEqual(keys('zh'))
    expect(trendLegend(trend, 'en').map((i) => i.label)).toEqual([
      'This period',
      'Growth streak',
      'Same month last year',
      'Annual target',
    ])
  })

  it('names the growth streak only when there is one of two months or more', async () => {
    const { trendLegend } = await import('../../src/features/trend/seriesConfig')
    // August 2024 in Guizhou fell on July: no streak at the end, so no streak in the legend
    const fell = buildTrend(await history('520000', 'total'), '2024-01')
    expect(fell.streak.length).toBe(0)
    expect(trendLegend(fell, 'zh').map((i) => i.key)).not.toContain('streak')
    // February 2023 rose on January: one month is not a streak
    const one = buildTrend(await history(NATIONAL, 'total', '2023-02'), '2023-01')
    expect(one.streak.length).toBe(1)
    expect(trendLegend(one, 'zh').map((i) => i.key)).not.toContain('streak')
  })

  it('with a single month lists only what is seen (the dots), and the sentence says a trend needs two months', async () => {
    const { trendLegend } = await import('../../src/features/trend/seriesConfig')
    const { trendSummary } = await import('../../src/features/trend/trend')
    // August 2024 alone: the streak and the target would be lines of one point, which draw nothing
    const single = buildTrend(await history(NATIONAL, 'total'), '2024-08')
    expect(single.rows).toHaveLength(1)
    expect(trendLegend(single, 'zh').map((i) => i.key)).toEqual(['value', 'previousYear'])
    expect(trendSummary(single, meta, { ...VIEW, lang: 'zh' })).toMatch(
      /。所选时期只有一个月，趋势需要至少两个月的数据。$/,
    )
    expect(trendSummary(single, meta, { ...VIEW, lang: 'en' })).toMatch(
      /\. The period chosen is a single month; a trend needs at least two\.$/,
    )
    // two months: every line again
    const two = buildTrend(await history(NATIONAL, 'total'), '2024-07')
    expect(trendLegend(two, 'zh').map((i) => i.key)).toEqual(['value', 'streak', 'previousYear', 'target'])
    expect(trendSummary(two, meta, VIEW)).not.toContain('只有一个月')
  })
})

describe('a month with a report missing (lib/reports.ts)', () => {
  const reports = async () => ({ nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') })
  /** the change of the provinces that reported both months, as the rule rounds it, and how many they are */
  const comparable = (now: string, before: string) => {
    const gone = new Set(
      dataSet.notReported
        .filter((n) => n.category === 'workshops' && [now, before].includes(n.month))
        .map((n) => n.region),
    )
    const ids = dataSet.coverage.workshops.filter((id) => id !== NATIONAL && !gone.has(id))
    const sum = (m: string) => ids.reduce((a, id) => a + dataSet.values.workshops[id][dataSet.months.indexOf(m)], 0)
    return { delta: roundSignificant(sum(now) - sum(before), COMPARABLE_DIGITS), provinces: ids.length }
  }

  it('says the figure is incomplete and who is missing, and compares on the provinces that reported (zh, en)', async () => {
    const series = await history(NATIONAL, 'workshops')
    const trend = buildTrend(series, '2024-01', await reports(), '2024-08')
    const aug = trend.rows.at(-1)!
    const { delta, provinces } = comparable('2024-08', '2024-07')
    const value = (lang: Lang) => formatPersonsProse(aug.value, lang)
    const streak = trend.streak.length
    expect(trendSummary(trend, meta, { ...VIEW, category: 'workshops' })).toBe(
      `截至2024年8月底，全国就业帮扶车间吸纳脱贫人口就业为${value('zh')}，数据不完整（西藏尚未上报）；` +
        `按两月均已上报的${provinces}个省份计算，环比增加约${formatPersonsProse(delta, 'zh')}，已连续${streak}个月环比增长。`,
    )
    expect(trendSummary(trend, meta, { ...VIEW, lang: 'en', category: 'workshops' })).toBe(
      `At the end of August 2024, the number of people employed in employment assistance workshops nationwide stood ` +
        `at ${value('en')}, an incomplete figure (Xizang not yet reported); among the ${provinces} provinces that ` +
        `reported both months, it was up about ${formatPersonsProse(delta, 'en')} on the month before, making seven ` +
        `consecutive months of month-on-month growth.`,
    )
    expect(streak).toBe(7)
  })

  it('its tooltip names who is missing and what each change was counted on; its table has a status column', async () => {
    const trend = buildTrend(await history(NATIONAL, 'workshops'), '2024-06', await reports(), '2024-08')
    const aug = trend.rows.at(-1)!
    const { delta, provinces } = comparable('2024-08', '2024-07')
    const zh = trendTooltip(aug, meta, 'zh')
    expect(zh.slice(2, 5)).toEqual([
      '数据状态：不完整（西藏尚未上报）',
      `环比：约${formatPersons(delta, 'zh', { signed: true })}`,
      `按两月均已上报的${provinces}个省份计算`,
    ])
    expect(trendTooltip(aug, meta, 'en')[2]).toBe('Status: Incomplete (Xizang not yet reported)')
    const table = trendTable(trend, meta, 'zh', '就业帮扶车间')
    expect(table.columns.map((c) => c.key)).toEqual(['month', 'value', 'status', 'previousYear', 'target'])
    expect(table.rows.map((r) => r.status)).toEqual(['完整', '完整', '不完整（西藏尚未上报）'])
  })

  it('draws the incomplete month apart: off the current line and the streak, on a dashed segment from July', async () => {
    const trend = buildTrend(await history(NATIONAL, 'workshops'), '2024-06', await reports(), '2024-08')
    const rows = trendChartRows(trend)
    expect(rows.map((r) => r.value)).toEqual([trend.rows[0].value, trend.rows[1].value, null])
    expect(rows.map((r) => r.provisional)).toEqual([null, trend.rows[1].value, trend.rows[2].value])
    expect(trend.rows[2].streak).toBeNull()
    expect(incompleteMonths(trend)).toEqual(['2024-08'])
    expect(trendLegend(trend, 'zh').map((i) => i.label)).toContain('不完整（尚有省份未上报）')
  })

  it('withholds the comparison without /monitoring, and says why: never a fall from the short sum', async () => {
    const trend = buildTrend(await history(NATIONAL, 'workshops'), '2024-01', { nationalId: NATIONAL }, '2024-08')
    const text = trendSummary(trend, meta, { ...VIEW, category: 'workshops' })
    expect(text).toMatch(/数据不完整（1个省份尚未上报）；缺少可比的分省数据，环比不作比较。$/)
    expect(text).not.toMatch(/减少|下降/)
  })

  it('a province that has not reported the end month says so, and describes its last month as such', async () => {
    const trend = buildTrend(await history('540000', 'workshops'), '2024-01', await reports(), '2024-08')
    const july = formatPersonsProse(trend.rows.at(-1)!.value, 'zh')
    expect(trend.rows.at(-1)!.month).toBe('2024-07')
    expect(trendSummary(trend, meta, { ...VIEW, region: '540000', category: 'workshops' })).toBe(
      `西藏2024年8月数据尚未上报；截至2024年7月底，西藏就业帮扶车间吸纳脱贫人口就业为${july}。`,
    )
    expect(trendSummary(trend, meta, { ...VIEW, lang: 'en', region: '540000', category: 'workshops' })).toBe(
      `Xizang has not yet reported August 2024; at the end of July 2024, the number of people employed in ` +
        `employment assistance workshops in Xizang stood at ${formatPersonsProse(trend.rows.at(-1)!.value, 'en')}.`,
    )
  })

  it('on the test data set: the streak’s earlier comparable months are named, and a province’s move on a missing month is withheld', async () => {
    server.use(...createHandlers(missingReportsDataSet))
    const trend = buildTrend(await history(NATIONAL, 'workshops'), '2024-01', await reports(), '2024-08')
    expect(trend.streak.comparable).toEqual(['2024-06', '2024-07', '2024-08'])
    expect(trendSummary(trend, meta, { ...VIEW, lang: 'en', category: 'workshops' })).toContain(
      '(the rises of June 2024 and July 2024 counted among the provinces that reported both months)',
    )
    const ningxia = buildTrend(await history('640000', 'workshops'), '2024-01', await reports(), '2024-07')
    const july = ningxia.rows.find((r) => r.month === '2024-07')!
    expect(july.mom).toBeNull()
    expect(trendTooltip(july, meta, 'zh')).toContain('宁夏2024年6月尚未上报，环比不作比较')
  })
})
