/** The KPI cards: published figures, the target lines, the change lines and the streak card in every state. */
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import type { Monitoring } from '../../src/api/monitoring'
import type { Series } from '../../src/api/series'
import type { Targets } from '../../src/api/targets'
import { kpiDocument } from '../../src/features/kpis/kpiDocument'
import { buildKpiCards, withFailedCards } from '../../src/features/kpis/kpis'
import { formatPercent, formatPersonsProse, roundSignificant, type Lang } from '../../src/lib/format'
import { COMPARABLE_DIGITS } from '../../src/lib/reports'
import { history, makeSeries, meta, monitoringOf, NATIONAL, targetsOf, THIN_DASH, VIEW } from '../fixtures/demo'

const noTargets = (region: string, month: string): Targets => ({ region, month, items: [] })

describe('buildKpiCards: the published national figures of August 2024', () => {
  it('in Chinese, every line', async () => {
    const cards = buildKpiCards(meta, VIEW, await targetsOf(NATIONAL), await history(NATIONAL, 'total'))
    expect(cards.map((c) => c.id)).toEqual(['total', 'streak', 'key_county', 'relocated'])
    const [total, streak, key, relocated] = cards
    expect(total).toEqual({
      id: 'total',
      title: '脱贫人口务工就业规模',
      value: '3295.3万',
      lines: [
        '年度目标任务3019.2万，完成109.1%',
        '超过年度目标任务276.1万（9.1个百分点）',
        '环比+6.3万（+0.2%）', // 3295.3万 − 3289万
        '同比+10.3万（+0.3%）', // 3295.3万 − 3285万
      ],
      caption: '全国 · 2024年8月 · 单位：人',
    })
    // the briefing's sentence of the card (kpiDocument.ts), in the same numbers
    expect(kpiDocument(meta, VIEW, await targetsOf(NATIONAL), undefined, cards).sentences.total).toBe(
      '截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，完成年度目标任务的109.1%，超过年度目标任务276.1万人；比上月增加6.3万人，比上年同月增加10.3万人。',
    )
    expect(streak).toEqual({
      id: 'streak',
      title: '连续增长',
      value: '连续7个月',
      lines: ['脱贫人口务工就业规模：2024年2月至8月逐月环比增长'],
      caption: '全国 · 截至2024年8月底 · 环比',
    })
    expect(key.title).toBe('重点帮扶县脱贫人口务工就业规模')
    expect(key.value).toBe('669.6万')
    expect(key.lines).toEqual([
      '年度目标任务591.5万，完成113.2%', // 669.6 / 591.46
      '超过年度目标任务78.1万（13.2个百分点）', // 669.6 − 591.5, as shown
      '环比+1.6万（+0.2%）',
      '同比+23.7万（+3.7%）', // published: +237,000 on August 2023
    ])
    expect(relocated.title).toBe('易地扶贫搬迁脱贫人口务工就业规模')
    expect(relocated.value).toBe('405.9万')
    // 405.9万 − 377.8万 = 28.1万 as shown (the exact 28.15万 would print 28.2万 and not subtract; issue 16 #9)
    expect(relocated.lines).toEqual([
      '年度目标任务377.8万，完成107.5%',
      '超过年度目标任务28.1万（7.5个百分点）',
      '环比+1.3万（+0.3%）',
      '同比-12.6万（-3.0%）',
    ])
  })

  it('in English, small figures in whole persons', async () => {
    const view = { ...VIEW, lang: 'en' as const }
    const [total, streak, key, relocated] = buildKpiCards(
      meta,
      view,
      await targetsOf(NATIONAL),
      await history(NATIONAL, 'total'),
    )
    expect(total.title).toBe('People in work')
    expect(total.value).toBe('32.953 million')
    expect(total.caption).toBe('National · Aug 2024 · unit: persons')
    expect(total.lines).toEqual([
      'Annual target 30.192 million, 109.1% attained',
      '2.761 million above the annual target (9.1 pp)',
      'MoM +63,000 (+0.2%)',
      'YoY +103,000 (+0.3%)',
    ])
    expect(streak.value).toBe('7 consecutive months')
    expect(streak.lines).toEqual([
      `People lifted out of poverty in work: month-on-month growth, Feb${THIN_DASH}Aug 2024`,
    ])
    expect(streak.caption).toBe('National · to the end of Aug 2024 · month on month')
    expect(key.title).toBe('In work: key assistance counties')
    expect(key.lines[3]).toBe('YoY +237,000 (+3.7%)')
    expect(relocated.title).toBe('In work: relocated people')
    expect(relocated.value).toBe('4.059 million')
    expect(relocated.lines.slice(0, 2)).toEqual([
      'Annual target 3.778 million, 107.5% attained',
      '281,000 above the annual target (7.5 pp)', // 4.059 − 3.778, as shown
    ])
  })

  it('puts the year-on-year line first when comparing year on year', async () => {
    const [total, , key] = buildKpiCards(
      meta,
      { ...VIEW, compare: 'yoy' },
      await targetsOf(NATIONAL),
      await history(NATIONAL, 'total'),
    )
    expect(total.lines.slice(2)).toEqual(['同比+10.3万（+0.3%）', '环比+6.3万（+0.2%）'])
    expect(key.lines[2]).toBe('同比+23.7万（+3.7%）')
  })
})

describe('buildKpiCards: value cards', () => {
  it('says a province without key counties is not applicable, not missing', async () => {
    const henan = await targetsOf('410000')
    const [total, , key, relocated] = buildKpiCards(
      meta,
      { ...VIEW, region: '410000' },
      henan,
      await history('410000', 'total'),
    )
    expect(total.value).not.toBeNull()
    expect(key.value).toBeNull()
    expect(key.lines).toEqual(['不适用：河南不涉及重点帮扶县。'])
    expect(relocated.value).not.toBeNull()

    const cards = buildKpiCards(
      meta,
      { ...VIEW, region: '210000', lang: 'en' },
      await targetsOf('210000'),
      await history('210000', 'total'),
    )
    expect(cards[2].lines).toEqual(['Not applicable: Liaoning has no key assistance counties.'])
    expect(cards[3].value).toBeNull()
    expect(cards[3].lines).toEqual(['Not applicable: relocation for poverty alleviation is not monitored in Liaoning.'])
  })

  it('says there is no data when a covered figure is missing from the answer, which differs from not applicable', () => {
    const [total, streak] = buildKpiCards(meta, VIEW, noTargets(NATIONAL, '2024-08'), makeSeries('2024-07', []))
    expect(total).toMatchObject({ value: null, lines: ['所选条件下没有数据。'] })
    expect(streak).toMatchObject({ value: null, lines: ['所选条件下没有数据。'] })
    const [en] = buildKpiCards(meta, { ...VIEW, lang: 'en' }, noTargets(NATIONAL, '2024-08'), makeSeries('2024-07', []))
    expect(en.lines).toEqual(['No data for this selection.'])
  })

  it('the first month of the data: below target, and nothing to compare with, saying why', () => {
    const targets: Targets = {
      region: NATIONAL,
      month: '2023-01',
      items: [{ category: 'total', value: 29_300_000, target: 30_192_000, previousMonth: null, previousYear: null }],
    }
    const view = { ...VIEW, from: '2023-01', to: '2023-01' }
    const [total] = buildKpiCards(meta, view, targets, makeSeries('2023-01', [29_300_000]))
    // a January: the month before is in another year's count
    expect(total.lines).toEqual([
      '年度目标任务3019.2万，完成97.0%',
      '距年度目标任务还差89.2万（3.0个百分点）',
      '环比：每年1月起重新统计，不与上年12月比较',
      '同比：没有上年同月数据可比',
    ])
    const [en] = buildKpiCards(meta, { ...view, lang: 'en' }, targets, makeSeries('2023-01', [29_300_000]))
    expect(en.lines).toEqual([
      'Annual target 30.192 million, 97.0% attained',
      '892,000 short of the annual target (3.0 pp)',
      'MoM: not compared (the yearly count restarts in January)',
      'YoY: nothing to compare with (no data a year earlier)',
    ])
  })

  it('a small change prints in persons, never as 0.0万 or 0.000 million (issue 16 #2)', () => {
    const targets: Targets = {
      region: '640000',
      month: '2024-08',
      items: [{ category: 'key_county', value: 28_070, target: 26_092, previousMonth: 28_000, previousYear: 27_500 }],
    }
    const view = { ...VIEW, region: '640000', compare: 'yoy' as const }
    const [, , key] = buildKpiCards(meta, view, targets, makeSeries('2024-07', [1, 2], { region: '640000' }))
    expect(key.value).toBe('2.8万')
    expect(key.lines).toEqual([
      '年度目标任务2.6万，完成107.6%',
      '超过年度目标任务2000人（7.6个百分点）', // 2.8万 − 2.6万, as shown
      '同比+570人（+2.1%）',
      '环比+70人（+0.3%）',
    ])
    const [, , en] = buildKpiCards(meta, { ...view, lang: 'en' }, targets, makeSeries('2024-07', [1, 2]))
    expect(en.value).toBe('28,070')
    expect(en.lines.slice(1)).toEqual(['1,978 above the annual target (7.6 pp)', 'YoY +570 (+2.1%)', 'MoM +70 (+0.3%)'])
  })

  it('counts 99.96% as not met and shows it as 99.9%, with the gap in persons', () => {
    const targets: Targets = {
      region: NATIONAL,
      month: '2024-03',
      items: [{ category: 'total', value: 30_180_000, target: 30_192_000, previousMonth: null, previousYear: null }],
    }
    const [total] = buildKpiCards(meta, VIEW, targets, makeSeries('2024-02', [1, 2]))
    expect(total.lines.slice(0, 2)).toEqual([
      '年度目标任务3019.2万，完成99.9%',
      '距年度目标任务还差1.2万（0.1个百分点）',
    ])
  })

  it('shows a dash for the relative change from zero', () => {
    const targets: Targets = {
      region: NATIONAL,
      month: '2024-02',
      items: [{ category: 'total', value: 100_000, target: 200_000, previousMonth: 0, previousYear: 100_000 }],
    }
    const [total] = buildKpiCards(meta, VIEW, targets, makeSeries('2024-01', [0, 100_000]))
    expect(total.lines[2]).toBe('环比+10.0万（—）')
    expect(total.lines[3]).toBe('同比0人（0.0%）')
  })
})

describe('buildKpiCards: the streak card follows the view’s category and agrees with the trend', () => {
  type Case = { name: string; series: Series; to: string; region?: string; zh: [string, string]; en: [string, string] }
  const cases: Case[] = [
    {
      name: 'the first month of the data',
      series: makeSeries('2023-01', [29_300_000]),
      to: '2023-01',
      zh: ['无可比数据', '脱贫人口务工就业规模：2023年1月为数据起始月份，没有上月数据可比'],
      en: [
        'Nothing to compare with',
        'People lifted out of poverty in work: the data begin in Jan 2023, so there is no earlier month to compare with',
      ],
    },
    {
      name: 'a streak of one: not consecutive',
      series: makeSeries('2023-01', [29_300_000, 30_120_000]),
      to: '2023-02',
      zh: ['本月环比增长', '脱贫人口务工就业规模：2023年2月比上月增加82万人'],
      en: ['Grew this month', 'People lifted out of poverty in work: up 820,000 in Feb 2023 on the month before'],
    },
    {
      name: 'a January',
      series: makeSeries('2023-12', [33_970_000, 29_580_000]),
      to: '2024-01',
      zh: ['1月重新统计', '脱贫人口务工就业规模：每年1月起重新统计，不与上年12月比较'],
      en: [
        'Count restarted',
        'People lifted out of poverty in work: the yearly count restarts in January, so it is not compared with December',
      ],
    },
    {
      name: 'a streak of two after the January restart, key counties in Gansu',
      series: makeSeries('2023-12', [420_000, 380_000, 390_000, 400_000], { category: 'key_county', region: '620000' }),
      to: '2024-03',
      region: '620000',
      zh: ['连续2个月', '重点帮扶县脱贫人口务工就业规模：2024年2月至3月逐月环比增长'],
      en: [
        '2 consecutive months',
        `People lifted out of poverty in work in key assistance counties: month-on-month growth, Feb${THIN_DASH}Mar 2024`,
      ],
    },
    {
      name: 'a fall (no streak), a channel in Yunnan',
      series: makeSeries('2024-06', [1_450_000, 1_468_627, 1_458_000], {
        category: 'out_of_province',
        region: '530000',
      }),
      to: '2024-08',
      region: '530000',
      zh: ['本月环比下降', '脱贫人口省外务工规模：2024年8月比上月减少1.1万人'],
      en: [
        'Fell this month',
        'People lifted out of poverty working outside their province: down 10,627 in Aug 2024 on the month before',
      ],
    },
    {
      name: 'unchanged',
      series: makeSeries('2024-06', [35_000, 35_000], { category: 'public_posts', region: '540000' }),
      to: '2024-07',
      region: '540000',
      zh: ['与上月持平', '乡村公益性岗位安置脱贫人口：2024年7月与上月持平'],
      en: ['Unchanged this month', 'People in rural public-welfare posts: unchanged in Jul 2024 on the month before'],
    },
  ]
  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, () => {
        const view = { ...VIEW, lang, region: c.region ?? NATIONAL, category: c.series.category, to: c.to }
        const streak = buildKpiCards(meta, view, noTargets(view.region, c.to), c.series)[1]
        expect([streak.value, ...streak.lines]).toEqual(c[lang])
      })
    }
  }

  it('follows key counties in Gansu, as the trend does, not total employment (issue 16 #4)', async () => {
    const series = await history('620000', 'key_county')
    const view = { ...VIEW, region: '620000', category: 'key_county' as const }
    const streak = buildKpiCards(meta, view, await targetsOf('620000'), series)[1]
    expect(streak.value).toBe('连续7个月')
    expect(streak.lines).toEqual(['重点帮扶县脱贫人口务工就业规模：2024年2月至8月逐月环比增长'])
  })

  it('says not applicable for a region without the category', () => {
    const view = { ...VIEW, region: '370000', category: 'key_county' as const }
    const empty: Series = { region: '370000', category: 'key_county', points: [] }
    const streak = buildKpiCards(meta, view, noTargets('370000', '2024-08'), empty)[1]
    expect(streak).toMatchObject({ value: null, lines: ['不适用：山东不涉及重点帮扶县。'] })
    const en = buildKpiCards(meta, { ...view, lang: 'en' }, noTargets('370000', '2024-08'), empty)[1]
    expect(en.lines).toEqual(['Not applicable: Shandong has no key assistance counties.'])
  })
})

describe('markHighSignals', () => {
  it('a card with a high-severity signal for its category says so in words; the others are unchanged', async () => {
    const { markHighSignals } = await import('../../src/features/kpis/kpis')
    const cards = [
      { id: 'total' as const, title: 'a', value: '1', lines: ['x'], caption: 'c' },
      { id: 'relocated' as const, title: 'b', value: '2', lines: [], caption: 'c' },
    ]
    const marked = markHighSignals(
      cards,
      [{ rule: 'belowTarget', severity: 'high', category: 'relocated', region: '430000', month: '2024-08', value: 1 }],
      'zh',
    )
    expect(marked[0]).toBe(cards[0])
    expect(marked[1].lines).toEqual(['▲ 需要关注（高）：未完成年度目标任务'])
  })
})

describe('reports not yet received (lib/reports.ts)', () => {
  const comparable = () => {
    const ids = dataSet.coverage.workshops.filter(
      (id) => id !== NATIONAL && !dataSet.notReported.some((n) => n.region === id && n.category === 'workshops'),
    )
    const sum = (m: string) => ids.reduce((a, id) => a + dataSet.values.workshops[id][dataSet.months.indexOf(m)], 0)
    return { delta: roundSignificant(sum('2024-08') - sum('2024-07'), COMPARABLE_DIGITS), provinces: ids.length }
  }

  it('the streak card: August counted on the provinces that reported both months, and marked (zh, en)', async () => {
    const series = await history(NATIONAL, 'workshops')
    const monitoring = await monitoringOf('2024-08')
    const { delta, provinces } = comparable()
    const view = { ...VIEW, category: 'workshops' as const }
    const zh = buildKpiCards(meta, view, await targetsOf(NATIONAL), series, monitoring)[1]
    expect([zh.value, ...zh.lines]).toEqual([
      '连续7个月',
      '就业帮扶车间吸纳脱贫人口就业：2024年2月至8月逐月环比增长',
      '2024年8月数据不完整（西藏尚未上报）',
      `按两月均已上报的${provinces}个省份计算，环比增加约${formatPersonsProse(delta, 'zh')}`,
    ])
    const en = buildKpiCards(meta, { ...view, lang: 'en' }, await targetsOf(NATIONAL), series, monitoring)[1]
    expect([en.value, ...en.lines]).toEqual([
      '7 consecutive months',
      `People employed in employment assistance workshops: month-on-month growth, Feb${THIN_DASH}Aug 2024`,
      'Aug 2024: incomplete (Xizang not yet reported)',
      `Among the ${provinces} provinces that reported both months, up about ${formatPersonsProse(delta, 'en')} on the month before`,
    ])
  })

  it('without /monitoring: the comparison withheld with the reason, who is missing counted', async () => {
    const series = await history(NATIONAL, 'workshops')
    const card = buildKpiCards(meta, { ...VIEW, category: 'workshops' }, await targetsOf(NATIONAL), series)[1]
    expect([card.value, ...card.lines]).toEqual([
      '暂不比较',
      '就业帮扶车间吸纳脱贫人口就业：缺少可比的分省数据，环比不作比较',
      '2024年8月数据不完整（1个省份尚未上报）',
    ])
  })

  it('a province that has not reported the end month: no move, no streak, said so (zh, en)', async () => {
    const series = await history('540000', 'workshops')
    const view = { ...VIEW, region: '540000', category: 'workshops' as const }
    const zh = buildKpiCards(meta, view, await targetsOf('540000'), series)[1]
    expect([zh.value, ...zh.lines]).toEqual(['尚未上报', '就业帮扶车间吸纳脱贫人口就业：西藏2024年8月数据尚未上报'])
    const en = buildKpiCards(meta, { ...view, lang: 'en' }, await targetsOf('540000'), series)[1]
    expect([en.value, ...en.lines]).toEqual([
      'Not yet reported',
      'People employed in employment assistance workshops: Xizang has not yet reported Aug 2024',
    ])
  })

  it('a value card whose national figure /monitoring shows incomplete is marked, its changes and attainment comparable', async () => {
    const targets = await targetsOf(NATIONAL)
    const real = await monitoringOf('2024-08')
    const end = real.months.length - 1
    // the same answer with 西藏's total for August not received
    const monitoring: Monitoring = {
      ...real,
      items: real.items.map((i) =>
        i.category === 'total' && i.region === '540000'
          ? { ...i, values: i.values.map((v, k) => (k === end ? null : v)) }
          : i,
      ),
    }
    const series = await history(NATIONAL, 'total')
    const [total] = buildKpiCards(meta, VIEW, targets, series, monitoring)
    const reported = monitoring.items.filter(
      (i) => i.category === 'total' && i.region !== NATIONAL && i.values[end] !== null,
    )
    const pct = formatPercent(
      reported.reduce((a, i) => a + i.values[end]!, 0) / reported.reduce((a, i) => a + i.target!, 0),
      'zh',
    )
    expect(total.lines[0]).toBe('2024年8月数据不完整（西藏尚未上报）')
    expect(total.lines[1]).toBe(`年度目标任务3019.2万，按已上报的${reported.length}个省份计算，完成${pct}`)
    expect(total.lines[2]).toMatch(new RegExp(`^环比约[+-].*（按两月均已上报的${reported.length}个省份计算）$`))
    expect(total.lines[3]).toMatch(new RegExp(`^同比约[+-].*（按两年同月均已上报的${reported.length}个省份计算）$`))
    // the briefing's sentence and the table say the same: incomplete, no change computed from the figure
    const { sentences, table } = kpiDocument(meta, VIEW, targets, monitoring, [total])
    expect(sentences.total).toBe(
      `全国脱贫人口务工就业规模为${formatPersonsProse(32_953_000, 'zh')}（${total.lines[0]}）：${total.lines.slice(1).join('；')}。`,
    )
    expect(table.columns.map((c) => c.key)).toContain('status')
    expect(table.rows[0]).toMatchObject({ status: '不完整（西藏尚未上报）', attainment: null, mom: null, yoy: null })
    expect(table.rows[1]).toMatchObject({ status: '完整', yoy: 237_000 })
  })
})

/** The cards and what a document of the view says of them (kpiDocument.ts). */
function documentOf(view: typeof VIEW, targets: Targets, series: Series, monitoring?: Monitoring) {
  const cards = buildKpiCards(meta, view, targets, series, monitoring)
  return { cards, ...kpiDocument(meta, view, targets, monitoring, cards) }
}

describe('a card in one sentence, for the briefing (kpiDocument.ts)', () => {
  it('in English, with the changes in the order the comparison puts them', async () => {
    const view = { ...VIEW, lang: 'en' as const, compare: 'yoy' as const }
    const { sentences } = documentOf(view, await targetsOf(NATIONAL), await history(NATIONAL, 'total'))
    expect(sentences.total).toBe(
      'By the end of August 2024, the number of people lifted out of poverty in work nationwide stood at 32.953 million, 109.1% of the annual target, 2.761 million above it; up 103,000 on a year before and up 63,000 on the month before.',
    )
    expect(sentences.streak).toBeUndefined()
    expect(sentences.key_county).toMatch(
      /key assistance counties nationwide stood at 6\.696 million, 113\.2% of the annual target, .* up 237,000 on a year before/,
    )
  })

  it('below target, in a January (no month-on-month change), and with nothing a year before', () => {
    const targets: Targets = {
      region: '620000',
      month: '2024-01',
      items: [{ category: 'total', value: 1_700_000, target: 1_811_500, previousMonth: 1_900_000, previousYear: null }],
    }
    const view = { ...VIEW, region: '620000', from: '2024-01', to: '2024-01' }
    const { sentences } = documentOf(view, targets, makeSeries('2024-01', [1_700_000], { region: '620000' }))
    expect(sentences.total).toBe(
      '截至2024年1月底，甘肃脱贫人口务工就业规模为170万人，完成年度目标任务的93.8%，距年度目标任务还差11.2万人。',
    )
  })

  it('not applicable is said as the card says it (glossary rule 6)', async () => {
    const view = { ...VIEW, region: '410000' }
    const { sentences } = documentOf(view, await targetsOf('410000'), await history('410000', 'total'))
    expect(sentences.key_county).toBe('不适用：河南不涉及重点帮扶县。')
  })

  it('a card whose figure was refused is said as the card says why, and has no row in the table', async () => {
    const targets = await targetsOf(NATIONAL)
    const cards = withFailedCards(buildKpiCards(meta, VIEW, targets, await history(NATIONAL, 'total')), {
      disagreement: { category: 'total', message: '两个接口给出的数字不一致。' },
    })
    const { sentences, table } = kpiDocument(meta, VIEW, targets, undefined, cards)
    expect(sentences.total).toBe('两个接口给出的数字不一致。')
    expect(table.rows.map((r) => r.indicator)).toEqual(['重点帮扶县', '易地扶贫搬迁脱贫人口'])
  })
})

describe('the cards as a table, for the workbook and the briefing (kpiDocument.ts)', () => {
  it('holds every category with a target the region reports, with exact persons and ratios', async () => {
    const { table } = documentOf(VIEW, await targetsOf(NATIONAL), await history(NATIONAL, 'total'))
    expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
      ['indicator', 'text'],
      ['value', 'persons'],
      ['target', 'persons'],
      ['attainment', 'ratio'],
      ['mom', 'persons'],
      ['yoy', 'persons'],
    ])
    expect(table.rows.map((r) => r.indicator)).toEqual(['脱贫人口务工就业', '重点帮扶县', '易地扶贫搬迁脱贫人口'])
    expect(table.rows[0]).toMatchObject({ value: 32_953_000, target: 30_192_000, mom: 63_000, yoy: 103_000 })
    expect(table.rows[0].attainment).toBeCloseTo(32_953_000 / 30_192_000, 10)
    expect(table.rows[1].yoy).toBe(237_000)
  })

  it("leaves out what the region does not report, and a January's month-on-month change", async () => {
    const henanView = { ...VIEW, region: '410000', lang: 'en' as const }
    const henan = documentOf(henanView, await targetsOf('410000'), await history('410000', 'total')).table
    expect(henan.rows.map((r) => r.indicator)).toEqual(['People in work', 'In work: relocated people'])
    const januaryView = { ...VIEW, from: '2024-01', to: '2024-01' }
    const january = documentOf(
      januaryView,
      await targetsOf(NATIONAL, '2024-01'),
      await history(NATIONAL, 'total', '2024-01'),
    ).table
    expect(january.rows.every((r) => r.mom === null)).toBe(true)
  })
})
