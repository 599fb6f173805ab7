/**
 * The workbooks' model (src/export/office/workbook.ts, viewWorkbook.ts): typed cells (persons as whole numbers, ratios
 * as fractions, months as dates, text formula-safe), the language's number formats, widths, the title block
 * and frozen header, legal and distinct sheet names, and the whole view's workbook from the panels' snapshots.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { chartSheet, viewWorkbook } from '../../src/export/office/viewWorkbook'
import {
  MONTH_FORMAT,
  PERSONS_EN,
  PERSONS_ZH_SMALL,
  personsFormat,
  ratioFormat,
  sheetNames,
  tableSheet,
  WAN_FORMAT,
  type SheetModel,
  type SheetText,
} from '../../src/export/office/workbook'
import type { PanelSnapshot } from '../../src/export/snapshot'
import type { TableData } from '../../src/lib/table'
import { meta, VIEW } from '../fixtures/demo'
import { snapshotsFor, withFailure } from '../fixtures/snapshots'

const NOW = new Date(Date.UTC(2024, 8, 30, 2, 15))
const TEXT: SheetText = {
  title: '全国脱贫人口务工就业月度趋势',
  watermark: '演示数据',
  filters: '地区：全国',
  asOf: '数据截至2024年8月底',
  unit: '单位：人',
  source: '来源：演示',
  exportedAt: '导出时间：2024年9月30日10:15',
}
const TABLE: TableData = {
  columns: [
    { key: 'month', label: '月份', kind: 'month' },
    { key: 'value', label: '人数', kind: 'persons' },
    { key: 'ratio', label: '完成率', kind: 'ratio' },
    { key: 'note', label: '说明', kind: 'text' },
  ],
  rows: [
    { month: '2024-07', value: 32_890_000, ratio: 1.0893, note: '=HYPERLINK("x")' },
    { month: '2024-08', value: 32_953_000, ratio: 1.0914, note: null },
  ],
}

describe('tableSheet: the CSV’s numbers, typed and shown the language’s way', () => {
  const sheet = tableSheet(TABLE, TEXT, 'zh', ['注：说明'])

  it('stores persons as whole numbers, ratios as fractions and months as dates (UTC midnight on the 1st)', () => {
    expect(sheet.rows[1]).toEqual([
      { kind: 'date', value: new Date(Date.UTC(2024, 7, 1)), format: MONTH_FORMAT.zh },
      { kind: 'number', value: 32_953_000, format: WAN_FORMAT },
      { kind: 'number', value: 1.0914, format: '0.0%' },
      null,
    ])
  })

  it('neutralises text a spreadsheet would run as a formula, as the CSV does', () => {
    expect(sheet.rows[0][3]).toEqual({ kind: 'text', value: `'=HYPERLINK("x")` })
  })

  it('has a title block (title, demo mark, view, as-of and unit, source, export time) above the header', () => {
    expect(sheet.head).toEqual([
      '全国脱贫人口务工就业月度趋势',
      '演示数据：除已公布的数字外均为合成数据',
      '地区：全国',
      '数据截至2024年8月底 · 单位：人',
      '来源：演示',
      '导出时间：2024年9月30日10:15',
    ])
    expect(sheet.header).toEqual(['月份', '人数', '完成率', '说明'])
    expect(sheet.notes).toEqual(['注：说明'])
    expect(tableSheet(TABLE, { ...TEXT, watermark: null }, 'zh').head).toHaveLength(5)
  })

  it('fits each column to what it shows, within bounds', () => {
    expect(sheet.widths).toHaveLength(4)
    for (const width of sheet.widths) expect(width).toBeGreaterThanOrEqual(8)
    for (const width of sheet.widths) expect(width).toBeLessThanOrEqual(60)
    expect(sheet.widths[3]).toBeGreaterThanOrEqual(`'=HYPERLINK("x")`.length)
  })

  it('in English: whole persons with separators, months as Aug 2024, the header naming persons', () => {
    const en = tableSheet(TABLE, TEXT, 'en')
    expect(en.rows[1][0]).toMatchObject({ format: 'mmm yyyy' })
    expect(en.rows[1][1]).toEqual({ kind: 'number', value: 32_953_000, format: PERSONS_EN })
    expect(en.header[1]).toBe('人数 (persons)')
  })
})

describe('number formats', () => {
  it('persons in 万 with one decimal, or in 人 for a column with a figure below 1万 (never 0.0万)', () => {
    expect(personsFormat([32_953_000, 237_000, 0, -126_000], 'zh')).toBe(WAN_FORMAT)
    expect(personsFormat([32_953_000, -2_158], 'zh')).toBe(PERSONS_ZH_SMALL)
    expect(personsFormat([90], 'en')).toBe(PERSONS_EN)
    // Excel's own form of 0!.0,"万": a literal point before the last digit of the value in thousands
    expect(WAN_FORMAT).toBe('0\\.0,"万"')
  })

  it('ratios as 0.0%, with as many decimals as keep a shortfall from showing as 100% (glossary rule 5)', () => {
    expect(ratioFormat([1.0914, 0.974, 1])).toBe('0.0%')
    expect(ratioFormat([0.9996, 1.2])).toBe('0.00%')
    expect(ratioFormat([0.99996])).toBe('0.000%')
    expect(ratioFormat([])).toBe('0.0%')
  })

  it('a change column shows its sign, as the page and the CSV write it (+ a rise, - a fall)', () => {
    const changes: TableData = {
      columns: [
        { key: 'mom', label: '环比', kind: 'persons', signed: true },
        { key: 'pct', label: '环比（%）', kind: 'ratio', signed: true },
      ],
      rows: [{ mom: 63_000, pct: 0.0019 }],
    }
    const [cell, ratio] = tableSheet(changes, TEXT, 'zh').rows[0]
    expect(cell).toMatchObject({ kind: 'number', value: 63_000, format: `+${WAN_FORMAT};-${WAN_FORMAT};${WAN_FORMAT}` })
    expect(ratio).toMatchObject({ kind: 'number', value: 0.0019, format: '+0.0%;-0.0%;0.0%' })
    // the unsigned columns keep their format
    expect(tableSheet(TABLE, TEXT, 'zh').rows[0][1]).toMatchObject({ format: WAN_FORMAT })
  })
})

describe('sheetNames: legal in Excel and distinct', () => {
  it('keeps a short Chinese title as it is', () => {
    expect(sheetNames(['需要关注 · 全国 · 2024年8月', '全国脱贫人口务工去向'])).toEqual([
      '需要关注 · 全国 · 2024年8月',
      '全国脱贫人口务工去向',
    ])
  })

  it('cuts a long English title at a word, at most 31 characters, and drops what Excel refuses', () => {
    const [long, colon, forbidden] = sheetNames([
      'Needs attention · National · Aug 2024',
      'Monthly trend: People in work, National',
      "'a/b\\c[d]e*f?g'",
    ])
    expect(long).toBe('Needs attention · National…')
    expect(colon).toBe('Monthly trend - People in work…')
    expect(forbidden).toBe('a-b-c-d-e-f-g')
    for (const name of [long, colon, forbidden]) {
      expect(name.length).toBeLessThanOrEqual(31)
      expect(name).not.toMatch(/[[\]:*?/\\]/)
    }
  })

  it('never gives two sheets one name (whatever the case), and avoids Excel’s own History', () => {
    expect(sheetNames(['Trend', 'TREND', 'trend', 'History', ''])).toEqual([
      'Trend',
      'TREND (2)',
      'trend (3)',
      'History 1',
      'Sheet 1',
    ])
  })
})

describe('viewWorkbook: the whole view, a sheet per panel', () => {
  let panels: PanelSnapshot[]
  let sheets: SheetModel[]
  beforeAll(async () => {
    panels = await snapshotsFor()
    sheets = viewWorkbook(meta, VIEW, panels, NOW)
  })

  it('in the page’s order: the KPI cards, Needs attention, then the columns', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '主要指标 · 全国 · 2024年8月',
      '需要关注 · 全国 · 2024年8月',
      '全国脱贫人口务工就业月度趋势',
      '各省份脱贫人口务工就业排名 · 2024年8月',
      '全国年度目标任务完成情况',
      '全国脱贫人口务工去向',
    ])
  })

  it('holds the published figures as numbers, the KPI table’s exactly', () => {
    const [kpis] = sheets
    expect(kpis.header).toEqual(['指标', '人数', '年度目标任务', '完成率', '环比', '同比'])
    expect(kpis.rows[0].slice(0, 3)).toEqual([
      { kind: 'text', value: '脱贫人口务工就业' },
      { kind: 'number', value: 32_953_000, format: WAN_FORMAT },
      { kind: 'number', value: 30_192_000, format: WAN_FORMAT },
    ])
    const trend = sheets[2]
    expect(trend.rows).toHaveLength(8)
    expect(trend.notes[0]).toContain('已连续7个月环比增长')
  })

  it('a panel that failed is a sheet saying so; a remark is a sheet saying it', async () => {
    const failed = viewWorkbook(meta, VIEW, withFailure(panels, 'channels', '服务器出错（500），请稍后重试。'), NOW)
    const channels = failed[failed.length - 1]
    expect(channels.header).toEqual([])
    expect(channels.notes).toEqual(['未能加载：服务器出错（500），请稍后重试。'])
    const henan = viewWorkbook(
      meta,
      { ...VIEW, region: '410000' },
      await snapshotsFor({ region: '410000' }, ['410000']),
      NOW,
    )
    const regions = henan.find((s) => s.name.startsWith('各省份'))!
    expect(regions.notes).toEqual(['各省比较需要查看全部省份的权限；您的查看范围：河南。'])
  })

  it('one panel’s workbook has the panel’s summary and note under its table', async () => {
    const trend = panels.find((p) => p.id === 'trend')!
    if (trend.kind !== 'chart' || !trend.content) throw new Error('no trend')
    const sheet = chartSheet(meta, VIEW, trend.title, { ...trend.content, note: '某省尚未上报。' }, NOW)
    expect(sheet.notes).toEqual([trend.content.summary, '注：某省尚未上报。'])
    expect(sheet.head[0]).toBe('全国脱贫人口务工就业月度趋势')
    expect(sheet.head).toContain('数据截至2024年8月底 · 单位：人')
  })
})
