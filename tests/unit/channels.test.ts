/** Where people work: rows, table and the summary, by home province. */
import { describe, expect, it } from 'vitest'
import type { Channels } from '../../src/api/channels'
import {
  absentChannels,
  buildChannelRows,
  channelsSummary,
  channelsTable,
  sharesMissRounding,
} from '../../src/features/channels/channels'
import { formatPercent, type Lang } from '../../src/lib/format'
import { channelsOf, meta, monitoringOf, NATIONAL, VIEW } from '../fixtures/demo'

const channels = (region: string, total: number, out: number, inProvince: number): Channels => ({
  region,
  month: '2024-08',
  total,
  items: [
    { category: 'out_of_province', value: out, previousYear: null },
    { category: 'in_province', value: inProvince, previousYear: null },
    { category: 'in_county', value: total - out - inProvince, previousYear: null },
  ],
})

describe('buildChannelRows', () => {
  it('builds the three channels and the two parts of work in the home county', async () => {
    const data = await channelsOf(NATIONAL)
    const rows = buildChannelRows(data, meta, 'zh')
    expect(rows.map((r) => [r.category, r.name, r.part])).toEqual([
      ['out_of_province', '省外务工', false],
      ['in_province', '省内县外务工', false],
      ['in_county', '县内务工', false],
      ['public_posts', '乡村公益性岗位', true],
      ['workshops', '就业帮扶车间', true],
    ])
    const main = rows.filter((r) => !r.part)
    expect(main.reduce((a, r) => a + r.value, 0)).toBe(32_953_000)
    expect(main.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12)
    for (const r of rows) expect(r.share).toBeCloseTo(r.value / 32_953_000, 12)
  })

  it('shows only what a province reports, named by the glossary', async () => {
    const rows = buildChannelRows(await channelsOf('350000'), meta, 'en')
    expect(rows.map((r) => r.name)).toEqual([
      'Outside their province',
      'Elsewhere in their province',
      'In their home county',
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
})

describe('channelsSummary', () => {
  const cases: { name: string; data: Channels; zh: string; en: string }[] = [
    {
      name: 'nationwide (the published total, 2020 split)',
      data: channels(NATIONAL, 32_953_000, 11_863_080, 5_931_540),
      zh: '截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，其中省外务工占36.0%，省内县外务工占18.0%，县内务工占46.0%。',
      en:
        'At the end of August 2024, of the 32.953 million people lifted out of poverty in work nationwide, 36.0% ' +
        'worked outside their province, 18.0% elsewhere in their province and 46.0% in their home county.',
    },
    {
      name: 'a province: people from Yunnan, not people working in Yunnan',
      data: channels('530000', 3_314_000, 1_458_160, 629_660),
      zh: '截至2024年8月底，云南脱贫人口务工就业规模为331.4万人，其中省外务工占44.0%，省内县外务工占19.0%，县内务工占37.0%。',
      en:
        'At the end of August 2024, of the 3.314 million people lifted out of poverty from Yunnan who were in work, ' +
        '44.0% worked outside their province, 19.0% elsewhere in their province and 37.0% in their home county.',
    },
    {
      name: 'Xizang, below a million in English',
      data: channels('540000', 262_932, 73_621, 52_586),
      zh: '截至2024年8月底，西藏脱贫人口务工就业规模为26.3万人，其中省外务工占28.0%，省内县外务工占20.0%，县内务工占52.0%。',
      en:
        'At the end of August 2024, of the 262,932 people lifted out of poverty from Xizang who were in work, 28.0% ' +
        'worked outside their province, 20.0% elsewhere in their province and 52.0% in their home county.',
    },
  ]
  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, () => {
        const rows = buildChannelRows(c.data, meta, lang)
        expect(channelsSummary(rows, c.data.total, meta, { ...VIEW, lang, region: c.data.region })).toBe(c[lang])
      })
    }
  }

  it('describes the mock backend’s national answer, whose workshops figure is incomplete (西藏 not reported)', async () => {
    const data = await channelsOf(NATIONAL)
    const reports = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    const pct = (c: string, lang: Lang) =>
      formatPercent(data.items.find((i) => i.category === c)!.value / data.total, lang)
    expect(channelsSummary(buildChannelRows(data, meta, 'zh', reports), data.total, meta, VIEW)).toBe(
      `截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，其中省外务工占${pct('out_of_province', 'zh')}，` +
        `省内县外务工占${pct('in_province', 'zh')}，县内务工占${pct('in_county', 'zh')}；` +
        `就业帮扶车间数据不完整（西藏尚未上报），占${pct('workshops', 'zh')}为按已上报省份之和计算。`,
    )
    const en = channelsSummary(buildChannelRows(data, meta, 'en', reports), data.total, meta, { ...VIEW, lang: 'en' })
    expect(en).toContain(
      `; the figure for employment assistance workshops is incomplete (Xizang not yet reported), so its share of ` +
        `${pct('workshops', 'en')} is that of the reports received.`,
    )
    // without /monitoring the answer still says how many provinces are missing
    expect(channelsSummary(buildChannelRows(data, meta, 'zh'), data.total, meta, VIEW)).toContain(
      '就业帮扶车间数据不完整（1个省份尚未上报）',
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
    expect(channelsSummary(buildChannelRows(data, meta, 'zh'), 10, meta, VIEW)).toBeNull()
  })
})

describe('channelsTable', () => {
  it('tabulates name, the channel a part belongs to, value and share', async () => {
    const rows = buildChannelRows(await channelsOf('530000'), meta, 'en')
    const table = channelsTable(rows, 'en')
    expect(table.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['name', 'Category', 'text'],
      ['partOf', 'Part of', 'text'],
      ['value', 'Number', 'persons'],
      ['share', 'Share', 'ratio'],
    ])
    expect(table.rows).toHaveLength(5)
    expect(table.rows[0]).toEqual({ name: rows[0].name, partOf: null, value: rows[0].value, share: rows[0].share })
  })

  it('adds a status column when a figure is incomplete or missing: never a number alone', async () => {
    const reports = { nationalId: NATIONAL, monitoring: await monitoringOf('2024-08') }
    const nation = channelsTable(buildChannelRows(await channelsOf(NATIONAL), meta, 'zh', reports), 'zh')
    expect(nation.columns.at(-1)).toEqual({ key: 'status', label: '数据状态', kind: 'text' })
    expect(nation.rows.map((r) => r.status)).toEqual(['完整', '完整', '完整', '完整', '不完整（西藏尚未上报）'])
    // 西藏 itself: a row of its own for workshops, without a number
    const xizang = await channelsOf('540000')
    const own = channelsTable(buildChannelRows(xizang, meta, 'en'), 'en', absentChannels(xizang, meta, 'en'))
    expect(own.rows.at(-1)).toEqual({
      name: 'of which: Employment assistance workshops',
      partOf: 'In their home county',
      value: null,
      share: null,
      status: 'Not yet reported',
    })
  })

  it.each(['zh', 'en'] as const)(
    'marks public-welfare posts and workshops as parts of in-county work, so the channels alone add to 100%% (%s)',
    async (lang) => {
      const rows = buildChannelRows(await channelsOf(NATIONAL), meta, lang)
      const table = channelsTable(rows, lang)
      const inCounty = rows.find((r) => r.category === 'in_county')!.name
      const parts = table.rows.filter((r) => r.partOf !== null)
      expect(parts.map((r) => r.partOf)).toEqual([inCounty, inCounty])
      expect(parts.map((r) => r.name)).toEqual(
        rows.filter((r) => r.part).map((r) => (lang === 'zh' ? `其中：${r.name}` : `of which: ${r.name}`)),
      )
      const channelShares = table.rows.filter((r) => r.partOf === null).map((r) => r.share as number)
      expect(channelShares).toHaveLength(3)
      expect(channelShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10)
    },
  )
})

describe('shares that do not add up to 100% once rounded', () => {
  it('are said to be rounded when the shown shares miss 100% (the nation: 38.5 + 17.8 + 43.8), not otherwise', async () => {
    const national = buildChannelRows(await channelsOf(NATIONAL), meta, 'zh')
    const shown = national.filter((r) => !r.part).map((r) => formatPercent(r.share, 'zh'))
    const sum = shown.reduce((total, p) => total + Number(p.replace('%', '')), 0)
    expect(Math.abs(sum - 100)).toBeGreaterThan(0.05)
    expect(sharesMissRounding(national)).toBe(true)
    // three shares whose rounding adds up: no note
    const exact = national.map((r, i) => ({ ...r, share: r.part ? r.share : [0.385, 0.178, 0.437][i] }))
    expect(sharesMissRounding(exact)).toBe(false)
  })
})
