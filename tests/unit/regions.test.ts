/** The provinces ranked: order, nothing-to-compare, table, and the summary naming the active sort. */
import { describe, expect, it } from 'vitest'
import type { CategoryId } from '../../src/api/common'
import type { RegionsData } from '../../src/api/regions'
import {
  belowTargetSentence,
  nothingToCompare,
  rankRegions,
  regionsSummary,
  regionsTable,
  type RankMetric,
} from '../../src/features/regions/regions'
import { formatPersonsProse, type Lang } from '../../src/lib/format'
import type { Compare } from '../../src/lib/view'
import { meta, regionsOf, VIEW } from '../fixtures/demo'

const item = (region: string, value: number, extra: Partial<RegionsData['items'][number]> = {}) => ({
  region,
  value,
  target: null,
  previousMonth: null,
  previousYear: null,
  ...extra,
})
const data = (items: RegionsData['items'], category: CategoryId = 'total', month = '2024-08'): RegionsData => ({
  category,
  month,
  items,
})

describe('rankRegions', () => {
  it('sorts the provinces by value, highest first', async () => {
    const answer = await regionsOf('total')
    const rows = rankRegions(answer, meta, 'zh', 'value', 'mom')
    expect(rows).toHaveLength(25)
    for (let i = 1; i < rows.length; i += 1) expect(rows[i - 1].value!).toBeGreaterThanOrEqual(rows[i].value!)
    expect(rows.every((r) => r.metric === r.value)).toBe(true)
    expect(rows[rows.length - 1].name).toBe('福建') // the smallest share
    expect(rows.map((r) => r.region).sort()).toEqual(answer.items.map((i) => i.region).sort())
  })

  it('sorts by attainment or by change when asked', async () => {
    const answer = await regionsOf('total')
    const byAttainment = rankRegions(answer, meta, 'en', 'attainment', 'mom')
    for (let i = 1; i < byAttainment.length; i += 1) {
      expect(byAttainment[i - 1].attainment!).toBeGreaterThanOrEqual(byAttainment[i].attainment!)
    }
    const byYoy = rankRegions(answer, meta, 'en', 'change', 'yoy')
    for (const row of byYoy) {
      const source = answer.items.find((i) => i.region === row.region)!
      expect(row.change).toBe(source.value - source.previousYear!)
      expect(row.metric).toBe(row.change)
    }
    for (let i = 1; i < byYoy.length; i += 1) expect(byYoy[i - 1].change!).toBeGreaterThanOrEqual(byYoy[i].change!)
    const byMom = rankRegions(answer, meta, 'en', 'change', 'mom')
    const first = answer.items.find((i) => i.region === byMom[0].region)!
    expect(byMom[0].change).toBe(first.value - first.previousMonth!)
  })

  it('puts the provinces without the metric last, in code order', () => {
    const items = [
      item('530000', 50),
      item('520000', 40, { target: 20 }),
      item('450000', 60),
      item('130000', 10, { target: 5 }),
    ]
    const rows = rankRegions(data(items), meta, 'zh', 'attainment', 'mom')
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
    expect(rankRegions(data(items), meta, 'zh', 'value', 'mom').map((r) => r.region)).toEqual(expected)
    expect(rankRegions(data([...items].reverse()), meta, 'zh', 'value', 'mom').map((r) => r.region)).toEqual(expected)
  })

  it('has no change without a comparison value, and ranks it last', () => {
    const items = [item('520000', 5, { previousMonth: 4 }), item('530000', 9), item('450000', 1, { previousMonth: 3 })]
    const rows = rankRegions(data(items), meta, 'zh', 'change', 'mom')
    expect(rows.map((r) => [r.region, r.change])).toEqual([
      ['520000', 1],
      ['450000', -2],
      ['530000', null],
    ])
  })

  it('has no month-on-month change in January: the yearly count restarts', () => {
    const items = [item('520000', 5, { previousMonth: 9, previousYear: 4 })]
    expect(rankRegions(data(items, 'total', '2024-01'), meta, 'zh', 'change', 'mom')[0].change).toBeNull()
    expect(rankRegions(data(items, 'total', '2024-01'), meta, 'zh', 'change', 'yoy')[0].change).toBe(1)
  })

  it('names the provinces in the language, Xizang without brackets', () => {
    const rows = rankRegions(data([item('540000', 1)]), meta, 'en', 'value', 'mom')
    expect(rows[0].name).toBe('Xizang')
  })
})

describe('nothingToCompare (issue 16 #7)', () => {
  const firstMonth = data([item('530000', 10), item('520000', 9)], 'total', '2023-01')
  const cases: { name: string; compare: Compare; to: string; input: RegionsData; zh: string; en: string }[] = [
    {
      name: 'year on year in the first year of the data',
      compare: 'yoy',
      to: '2023-01',
      input: firstMonth,
      zh: '没有可比数据：数据自2023年1月开始，2023年1月没有上年同月数据，无法按同比变化排列。',
      en: 'Nothing to compare with: the data begin in January 2023, so January 2023 has no same month a year earlier to rank the change on.',
    },
    {
      name: 'month on month in a January',
      compare: 'mom',
      to: '2024-01',
      input: data([item('530000', 10, { previousMonth: 12 })], 'total', '2024-01'),
      zh: '没有可比数据：每年1月起重新统计，2024年1月不与上年12月比较，无法按环比变化排列。',
      en: 'Nothing to compare with: the yearly count restarts in January, so January 2024 is not compared with December.',
    },
    {
      name: 'month on month, no province reported the month before (not the first month, not a January)',
      compare: 'mom',
      to: '2023-06',
      input: data([item('530000', 10)], 'workshops', '2023-06'),
      zh: '没有可比数据：各省份都没有上月数据，无法按环比变化排列。',
      en: 'Nothing to compare with: no province has figures for the month before.',
    },
  ]
  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, () => {
        const rows = rankRegions(c.input, meta, lang, 'change', c.compare)
        expect(nothingToCompare(rows, meta, { ...VIEW, lang, to: c.to, compare: c.compare }, 'change')).toBe(c[lang])
      })
    }
  }

  it('is null when there is something to rank, or the sort is not by a change', async () => {
    const rows = rankRegions(await regionsOf('total'), meta, 'zh', 'change', 'mom')
    expect(nothingToCompare(rows, meta, VIEW, 'change')).toBeNull()
    const none = rankRegions(firstMonth, meta, 'zh', 'value', 'yoy')
    expect(nothingToCompare(none, meta, { ...VIEW, to: '2023-01', compare: 'yoy' }, 'value')).toBeNull()
  })
})

describe('regionsSummary: names the sort, first and last, and the targets met of the total', () => {
  // Realistic provincial figures: Yunnan, Guizhou, Guangxi … Fujian.
  const four = (met: number) =>
    data(
      [
        item('530000', 3_314_000, { target: met >= 1 ? 3_019_200 : 3_400_000, previousMonth: 3_338_153 }),
        item('520000', 3_300_000, { target: met >= 2 ? 3_019_200 : 3_400_000, previousMonth: 3_280_000 }),
        item('450000', 3_160_000, { target: met >= 3 ? 2_898_400 : 3_200_000, previousMonth: 3_150_000 }),
        item('350000', 62_696, { target: met >= 4 ? 60_384 : 70_000, previousMonth: 62_600 }),
      ],
      'total',
    )
  type Case = { name: string; input: RegionsData; metric: RankMetric; zh: string; en: string }
  const cases: Case[] = [
    {
      name: 'by number, all met',
      input: four(4),
      metric: 'value',
      zh: '截至2024年8月底，各省份脱贫人口务工就业规模按人数排列，云南居首（331.4万人），福建居末（6.3万人）；4个省份均已完成年度目标任务。',
      en:
        'By the end of August 2024, with provinces ranked by the number of people lifted out of poverty in work, ' +
        'Yunnan came first (3.314 million) and Fujian last (62,696); all four provinces had met their annual target.',
    },
    {
      name: 'by attainment, some met',
      input: four(2),
      metric: 'attainment',
      zh: '截至2024年8月底，各省份脱贫人口务工就业规模按完成率排列，云南居首（109.8%），福建居末（89.6%）；4个省份中2个已完成年度目标任务。',
      en:
        'By the end of August 2024, with provinces ranked by attainment of the annual target for people lifted out of ' +
        'poverty in work, Yunnan came first (109.8%) and Fujian last (89.6%); two of the four provinces had met their annual target.',
    },
    {
      name: 'by change month on month, one met: signed changes in persons',
      input: four(1),
      metric: 'change',
      zh: '截至2024年8月底，各省份脱贫人口务工就业规模按环比变化排列，贵州居首（+2万人），云南居末（-2.4万人）；4个省份中1个（云南）已完成年度目标任务。',
      en:
        'By the end of August 2024, with provinces ranked by month-on-month change in the number of people lifted out ' +
        'of poverty in work, Guizhou came first (+20,000) and Yunnan last (-24,153); one of the four provinces, ' +
        'Yunnan, had met its annual target.',
    },
    {
      name: 'none met',
      input: four(0),
      metric: 'value',
      zh: '截至2024年8月底，各省份脱贫人口务工就业规模按人数排列，云南居首（331.4万人），福建居末（6.3万人）；4个省份均尚未完成年度目标任务。',
      en:
        'By the end of August 2024, with provinces ranked by the number of people lifted out of poverty in work, ' +
        'Yunnan came first (3.314 million) and Fujian last (62,696); none of the four provinces had yet met its annual target.',
    },
    {
      name: 'a category without targets: no targets clause',
      input: data([item('520000', 51_567), item('220000', 2_578)], 'workshops', '2024-06'),
      metric: 'value',
      zh: '截至2024年8月底，各省份就业帮扶车间吸纳脱贫人口就业按人数排列，贵州居首（5.2万人），吉林居末（2578人）。',
      en:
        'By the end of August 2024, with provinces ranked by the number of people employed in employment assistance ' +
        'workshops, Guizhou came first (51,567) and Jilin last (2,578).',
    },
  ]
  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, () => {
        const rows = rankRegions(c.input, meta, lang, c.metric, 'mom')
        const view = { ...VIEW, lang, category: c.input.category }
        expect(regionsSummary(rows, meta, view, c.metric)).toBe(c[lang])
      })
    }
  }

  it('counts the provinces of the demo data against the total that report: 10 for key counties', async () => {
    const rows = rankRegions(await regionsOf('key_county'), meta, 'zh', 'value', 'mom')
    expect(regionsSummary(rows, meta, { ...VIEW, category: 'key_county' }, 'value')).toMatch(
      /^截至2024年8月底，各省份重点帮扶县脱贫人口务工就业规模按人数排列，.+居首（.+万人），.+居末（.+万人）；10个省份(均已|中\d个已)完成年度目标任务。$/,
    )
  })
})

describe('regionsTable', () => {
  it('tabulates the rows with the change column named by the comparison', async () => {
    const rows = rankRegions(await regionsOf('total'), meta, 'zh', 'value', 'mom')
    expect(regionsTable(rows, 'zh', 'mom').columns.map((c) => c.label)).toEqual([
      '地区',
      '人数',
      '年度目标任务',
      '完成率',
      '环比',
    ])
    expect(regionsTable(rows, 'en', 'yoy').columns[4]).toEqual({
      key: 'change',
      label: 'YoY',
      kind: 'persons',
      signed: true,
    })
    expect(regionsTable(rows, 'zh', 'mom').rows[0]).toEqual({
      name: rows[0].name,
      value: rows[0].value,
      target: rows[0].target,
      attainment: rows[0].attainment,
      change: rows[0].change,
    })
  })
})

describe('a province that has not reported the month (lib/reports.ts)', () => {
  it('is a row of its own at the end, never ranked, whatever the sort', async () => {
    const data = await regionsOf('workshops')
    for (const metric of ['value', 'change'] as const) {
      const rows = rankRegions(data, meta, 'zh', metric, 'mom')
      expect(rows).toHaveLength(data.items.length + data.notReported!.length)
      expect(rows.at(-1)).toMatchObject({ region: '540000', name: '西藏', reported: false, value: null, metric: null })
      expect(rows.slice(0, -1).every((r) => r.reported)).toBe(true)
    }
  })

  it('its table row says 尚未上报 in a status column, with no number', async () => {
    const rows = rankRegions(await regionsOf('workshops'), meta, 'zh', 'value', 'mom')
    const table = regionsTable(rows, 'zh', 'mom')
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'value', 'status', 'target', 'attainment', 'change'])
    expect(table.rows.at(-1)).toEqual({
      name: '西藏',
      value: null,
      status: '尚未上报',
      target: null,
      attainment: null,
      change: null,
    })
    expect(table.rows[0].status).toBe('完整')
    // a month every province reported has no status column
    const total = regionsTable(rankRegions(await regionsOf('total'), meta, 'zh', 'value', 'mom'), 'zh', 'mom')
    expect(total.columns.map((c) => c.key)).not.toContain('status')
  })

  it('is named at the end of the sentence, after first and last of those that reported (zh, en)', async () => {
    const data = await regionsOf('workshops')
    for (const lang of ['zh', 'en'] as const) {
      const rows = rankRegions(data, meta, lang, 'value', 'mom')
      const ranked = rows.filter((r) => r.reported)
      const text = regionsSummary(rows, meta, { ...VIEW, lang, category: 'workshops' }, 'value')
      const shown = (r: (typeof rows)[number]) => formatPersonsProse(r.value!, lang)
      expect(text).toBe(
        lang === 'zh'
          ? `截至2024年8月底，各省份就业帮扶车间吸纳脱贫人口就业按人数排列，${ranked[0].name}居首（${shown(ranked[0])}），` +
              `${ranked.at(-1)!.name}居末（${shown(ranked.at(-1)!)}）；西藏尚未上报。`
          : `By the end of August 2024, with provinces ranked by the number of people employed in employment ` +
              `assistance workshops, ${ranked[0].name} came first (${shown(ranked[0])}) and ${ranked.at(-1)!.name} last ` +
              `(${shown(ranked.at(-1)!)}); Xizang had not yet reported.`,
      )
    }
  })
})

describe('belowTargetSentence: the provinces below their targets, for the briefing', () => {
  const rows = (targets: number[]) =>
    rankRegions(
      data([
        item('530000', 3_314_000, { target: targets[0] }),
        item('520000', 3_300_000, { target: targets[1] }),
        item('350000', 62_696, { target: targets[2] }),
      ]),
      meta,
      'zh',
      'value',
      'mom',
    )

  it('lists them furthest below first, with the attainment as shown', () => {
    expect(belowTargetSentence(rows([3_400_000, 3_019_200, 70_000]), { lang: 'zh' })).toBe(
      '尚未完成年度目标任务的2个省份：福建（89.6%）、云南（97.5%）。',
    )
    const en = rankRegions(
      data([item('530000', 3_314_000, { target: 3_400_000 }), item('350000', 62_696, { target: 70_000 })]),
      meta,
      'en',
      'value',
      'mom',
    )
    expect(belowTargetSentence(en, { lang: 'en' })).toBe(
      'The two provinces below their annual targets: Fujian (89.6%) and Yunnan (97.5%).',
    )
  })

  it('one province; none (the summary says all are met); a category without targets', () => {
    expect(belowTargetSentence(rows([3_400_000, 3_019_200, 60_000]), { lang: 'zh' })).toBe(
      '尚未完成年度目标任务的省份：云南（97.5%）。',
    )
    expect(belowTargetSentence(rows([3_000_000, 3_019_200, 60_000]), { lang: 'zh' })).toBeNull()
    expect(
      belowTargetSentence(rankRegions(data([item('530000', 1)]), meta, 'zh', 'value', 'mom'), { lang: 'zh' }),
    ).toBeNull()
  })

  it('counts 99.96% as below, as the summary does (glossary rule 5)', () => {
    expect(belowTargetSentence(rows([3_315_327, 3_019_200, 60_000]), { lang: 'zh' })).toBe(
      '尚未完成年度目标任务的省份：云南（99.9%）。',
    )
  })
})
