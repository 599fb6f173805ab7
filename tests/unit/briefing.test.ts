/**
 * The briefing's document model (src/export/office/briefing.ts), built from what the panels publish for a view of
 * the demo data: masthead, title, sections of the panels' own sentences, numbered tables and figures, notes on the data; a
 * province, a provincial office's scope, a failed panel, English.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BRIEFING_PANELS,
  buildBriefing,
  issuerFor,
  textTable,
  type Briefing,
  type BriefingBlock,
} from '../../src/export/office/briefing'
import { DASHBOARD_COLUMNS, DASHBOARD_WIDE } from '../../src/export/dashboardLayout'
import type { PanelSnapshot } from '../../src/export/snapshot'
import type { View } from '../../src/lib/view'
import { meta, VIEW } from '../fixtures/demo'
import { snapshotsFor, withFailure } from '../fixtures/snapshots'

const NOW = new Date(Date.UTC(2024, 8, 30, 2, 15))
const HENAN = '410000'

function briefing(panels: PanelSnapshot[], patch: Partial<View> = {}, regions = meta.regions.map((r) => r.id)) {
  return buildBriefing({
    meta,
    view: { ...VIEW, ...patch },
    scope: { regionIds: regions },
    panels,
    issuer: null,
    now: NOW,
  })
}

const blocks = (b: Briefing, section: number) => b.sections[section].blocks
const ofKind = <K extends BriefingBlock['kind']>(list: BriefingBlock[], kind: K) =>
  list.filter((x): x is Extract<BriefingBlock, { kind: K }> => x.kind === kind)

describe('the national briefing of August 2024, in Chinese', () => {
  let panels: PanelSnapshot[]
  let b: Briefing
  beforeAll(async () => {
    panels = await snapshotsFor()
    b = briefing(panels)
  })

  it('has the masthead, the title in two lines and the view', () => {
    expect(b.masthead).toEqual({
      name: '就业帮扶监测简报',
      issue: '2024年第8期',
      issuer: '就业帮扶监测看板',
      date: '2024年9月30日',
      internal: '内部资料',
    })
    expect(b.demo).toBe('演示数据')
    expect(b.title).toEqual(['截至2024年8月底', '全国脱贫人口务工就业情况'])
    expect(b.subtitle).toBe('地区：全国 · 类别：脱贫人口务工就业 · 时期：2024年1月至8月 · 对比：环比')
  })

  it('has the five sections, numbered as an official document numbers them', () => {
    expect(b.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、重点帮扶县和易地扶贫搬迁脱贫人口',
      '三、各省份情况',
      '四、需要关注',
      '五、数据说明',
    ])
  })

  it('opens with the headline figures in a sentence, then the KPI table with the published figures', () => {
    const [first, table] = blocks(b, 0)
    expect(first).toEqual({
      kind: 'paragraph',
      text: '截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，完成年度目标任务的109.1%，超过年度目标任务276.1万人；比上月增加6.3万人，比上年同月增加10.3万人。',
    })
    expect(table.kind).toBe('table')
    if (table.kind !== 'table') return
    expect(table.caption).toBe('表1\u3000主要指标 · 全国 · 2024年8月')
    expect(table.table.columns.map((c) => c.label)).toEqual(['指标', '人数', '年度目标任务', '完成率', '环比', '同比'])
    expect(table.table.rows[0]).toEqual(['脱贫人口务工就业', '3295.3万', '3019.2万', '109.1%', '+6.3万', '+10.3万'])
    expect(table.table.rows[1]).toEqual(['重点帮扶县', '669.6万', '591.5万', '113.2%', '+1.6万', '+23.7万'])
    expect(table.table.rows[2].slice(0, 4)).toEqual(['易地扶贫搬迁脱贫人口', '405.9万', '377.8万', '107.5%'])
  })

  it("numbers the figures in order, each captioned by its panel's summary", () => {
    expect(b.figures).toEqual(['trend', 'channels', 'targets', 'regions'])
    const figures = b.sections.flatMap((s) => ofKind(s.blocks, 'figure'))
    expect(figures.map((f) => f.caption.slice(0, 3))).toEqual(['图1\u3000', '图2\u3000', '图3\u3000', '图4\u3000'])
    const trend = panels.find((p) => p.id === 'trend')
    expect(figures[0].caption).toBe(`图1\u3000${trend?.kind === 'chart' ? trend.content?.summary : ''}`)
    expect(figures[0].caption).toContain('已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%')
  })

  it('gives key counties and relocated people a level-2 heading each, with their sentences', () => {
    const section = blocks(b, 1)
    expect(ofKind(section, 'subheading').map((s) => s.text)).toEqual([
      '（一）重点帮扶县脱贫人口务工就业规模',
      '（二）易地扶贫搬迁脱贫人口务工就业规模',
    ])
    const sentences = ofKind(section, 'paragraph').map((p) => p.text)
    expect(sentences[0]).toContain('全国重点帮扶县脱贫人口务工就业规模为669.6万人')
    expect(sentences[0]).toContain('比上年同月增加23.7万人')
    expect(sentences[1]).toContain('完成年度目标任务的107.5%')
  })

  it('names the provinces below their targets before the ranking', () => {
    const [below, figure] = blocks(b, 2)
    expect(below).toMatchObject({ kind: 'paragraph' })
    expect(below.kind === 'paragraph' && below.text).toMatch(/^尚未完成年度目标任务的\d+个省份：/)
    expect(figure).toMatchObject({ kind: 'figure', panel: 'regions' })
  })

  it('sets Needs attention as a table of its words: severity, region, category, rule, what it shows', () => {
    const section = blocks(b, 3)
    expect(section[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(/^截至2024年8月底，共\d+项需要关注：/),
    })
    const [table] = ofKind(section, 'table')
    expect(table.caption).toBe('表2\u3000需要关注 · 全国 · 2024年8月')
    expect(table.table.columns.map((c) => c.label)).toEqual(['严重程度', '地区', '类别', '规则', '情况'])
    expect(table.table.rows[0]).toEqual([
      '高',
      '西藏',
      '就业帮扶车间',
      '尚未上报',
      '西藏就业帮扶车间吸纳脱贫人口就业：2024年8月数据尚未上报。',
    ])
  })

  it('ends with notes on the data: source, as-of month, the view, demo data, the thresholds, the export time', () => {
    const notes = ofKind(blocks(b, 4), 'paragraph').map((p) => p.text)
    expect(notes[0]).toMatch(/^来源：农业农村部、人力资源社会保障部，据新华社2024年9月29日报道/)
    expect(notes[1]).toBe('数据截至2024年8月底。')
    expect(notes[2]).toBe('本简报所示范围：地区：全国 · 类别：脱贫人口务工就业 · 时期：2024年1月至8月 · 对比：环比。')
    expect(notes[3]).toMatch(/^本简报使用演示数据/)
    expect(notes).toContain('需要关注的判断标准：')
    expect(notes.some((n) => n.startsWith('未完成年度目标任务：完成比例低于95%为高'))).toBe(true)
    expect(notes[notes.length - 1]).toMatch(/^导出时间：2024年9月30日\d\d:15。$/)
  })
})

describe('what each panel says reaches the briefing without code of its own', () => {
  it('a note beside a figure (reports not yet received) also goes into the notes on the data', async () => {
    const note = '2024年8月全国数据不完整：1个省份尚未上报，全国数为已上报省份之和。'
    const panels = (await snapshotsFor()).map((p) =>
      p.id === 'trend' && p.kind === 'chart' && p.content ? { ...p, content: { ...p.content, note } } : p,
    )
    const b = briefing(panels)
    const section = blocks(b, 0)
    const figure = section.findIndex((x) => x.kind === 'figure' && x.panel === 'trend')
    expect(section[figure + 1]).toEqual({ kind: 'note', text: `注：${note}` })
    expect(ofKind(blocks(b, 4), 'paragraph').map((p) => p.text)).toContain(note)
  })

  it('a panel that failed is named as not loaded, in its section and in the notes; the figures are numbered on', async () => {
    const b = briefing(withFailure(await snapshotsFor(), 'trend', '服务器出错（500），请稍后重试。'))
    const section = blocks(b, 0)
    expect(ofKind(section, 'missing').map((m) => m.text)).toEqual([
      '「全国脱贫人口务工就业月度趋势」未能加载：服务器出错（500），请稍后重试。',
    ])
    expect(b.figures).toEqual(['channels', 'targets', 'regions'])
    expect(ofKind(section, 'figure')[0].caption).toMatch(/^图1\u3000截至2024年8月底，全国脱贫人口务工就业规模为/)
    expect(ofKind(blocks(b, 4), 'paragraph').map((p) => p.text)).toContain(
      '以下内容导出时未能加载，未列入本简报：「全国脱贫人口务工就业月度趋势」。',
    )
  })

  it('failed KPI cards are named once, and the sections go on without their sentences', async () => {
    const b = briefing(withFailure(await snapshotsFor(), 'kpis', '无法连接到服务器，请检查网络后重试。'))
    const missing = b.sections.flatMap((s) => ofKind(s.blocks, 'missing'))
    expect(missing.map((m) => m.text)).toEqual([
      '「主要指标 · 全国 · 2024年8月」未能加载：无法连接到服务器，请检查网络后重试。',
    ])
    expect(ofKind(blocks(b, 0), 'table')).toHaveLength(0)
    expect(ofKind(blocks(b, 3), 'table')[0].caption).toMatch(/^表1\u3000需要关注/)
  })
})

describe('a province', () => {
  it('a national user’s view of Henan: its title, its sentences, not applicable said as such', async () => {
    const b = briefing(await snapshotsFor({ region: HENAN }), { region: HENAN })
    expect(b.title).toEqual(['截至2024年8月底', '河南脱贫人口务工就业情况'])
    expect(ofKind(blocks(b, 0), 'paragraph')[0].text).toMatch(/^截至2024年8月底，河南脱贫人口务工就业规模为/)
    expect(ofKind(blocks(b, 1), 'paragraph').map((p) => p.text)[0]).toBe('不适用：河南不涉及重点帮扶县。')
    // the provinces, for where Henan stands among them
    expect(b.sections.map((s) => s.heading)[2]).toBe('三、各省份情况')
  })

  it('a provincial office (Henan only): no section comparing provinces, the scope said in the notes', async () => {
    const b = briefing(await snapshotsFor({ region: HENAN }, [HENAN]), { region: HENAN }, [HENAN])
    expect(b.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、重点帮扶县和易地扶贫搬迁脱贫人口',
      '三、需要关注',
      '四、数据说明',
    ])
    expect(b.figures).not.toContain('regions')
    const text = JSON.stringify(b)
    expect(text).not.toMatch(/云南|贵州|甘肃|全国脱贫人口/)
    expect(ofKind(blocks(b, 3), 'paragraph').map((p) => p.text)).toContain(
      '本简报只含河南的数据（当前账号的查看范围）。',
    )
  })
})

describe('in English', () => {
  let b: Briefing
  beforeAll(async () => {
    b = briefing(await snapshotsFor({ lang: 'en' }), { lang: 'en' })
  })

  it('has the same structure, numbered the English way', () => {
    expect(b.masthead).toMatchObject({
      name: 'Employment Assistance Briefing',
      issue: 'No. 8, 2024',
      internal: 'Internal',
    })
    expect(b.masthead.date).toBe('30 September 2024')
    expect(b.demo).toBe('Demo data')
    expect(b.title).toEqual(['People Lifted out of Poverty in Work Nationwide at the End of August 2024'])
    expect(b.sections.map((s) => s.heading)).toEqual([
      '1. Overall picture',
      '2. Key assistance counties and relocated people',
      '3. The provinces',
      '4. Needs attention',
      '5. Notes on the data',
    ])
    expect(ofKind(blocks(b, 0), 'table')[0].caption).toBe('Table 1. Headline figures · National · Aug 2024')
    expect(ofKind(blocks(b, 0), 'figure')[0].caption).toMatch(/^Figure 1\. By the end of August 2024, after seven/)
    expect(ofKind(blocks(b, 1), 'subheading').map((s) => s.text)).toEqual([
      '(1) In work: key assistance counties',
      '(2) In work: relocated people',
    ])
    expect(ofKind(blocks(b, 0), 'paragraph')[0].text).toMatch(/stood at 32\.953 million, 109\.1% of the annual target/)
  })
})

describe('the issuing unit and the layout', () => {
  it('takes the issuing unit from the build setting, one name or a Chinese and an English one', () => {
    expect(issuerFor(undefined, 'zh')).toBeNull()
    expect(issuerFor('', 'en')).toBeNull()
    expect(issuerFor('某省乡村振兴局', 'en')).toBe('某省乡村振兴局')
    expect(issuerFor('某省乡村振兴局|Provincial Rural Revitalization Bureau', 'zh')).toBe('某省乡村振兴局')
    expect(issuerFor('某省乡村振兴局|Provincial Rural Revitalization Bureau', 'en')).toBe(
      'Provincial Rural Revitalization Bureau',
    )
  })

  it('places every panel of the dashboard in a section', () => {
    const dashboard = [...DASHBOARD_WIDE, ...DASHBOARD_COLUMNS.flatMap((c) => c.panels)]
    expect([...BRIEFING_PANELS].sort()).toEqual([...dashboard].sort())
  })

  it('prints a list\u2019s table in words only, and any table formatted for the language', () => {
    const table = {
      columns: [
        { key: 'name', label: 'Region', kind: 'text' as const },
        { key: 'value', label: 'Number', kind: 'persons' as const },
        { key: 'ratio', label: 'Attained', kind: 'ratio' as const },
      ],
      rows: [{ name: 'Yunnan', value: 3_314_000, ratio: 1.127 }],
    }
    expect(textTable(table, 'en')).toEqual({
      columns: [
        { label: 'Region', numeric: false },
        { label: 'Number', numeric: true },
        { label: 'Attained', numeric: true },
      ],
      rows: [['Yunnan', '3.314 million', '112.7%']],
    })
    expect(textTable(table, 'zh', true).rows).toEqual([['Yunnan']])
  })
})
