/** The trend's comparison transforms (issue 11 #4): attainment and index, the table, legend and sentence. */
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import {
  buildComparison,
  COMPARE_LINES,
  comparisonLegend,
  comparisonSummary,
  comparisonTable,
  comparisonTooltip,
} from '../../src/features/trend/compare'
import { contrast } from '../../src/features/regions/mapScale'
import { formatPercent } from '../../src/lib/format'
import { history, meta, NATIONAL, VIEW } from '../fixtures/demo'

const at = (category: keyof typeof dataSet.values, region: string, month: string) =>
  dataSet.values[category][region][dataSet.months.indexOf(month)]

describe('buildComparison', () => {
  it('attainment: each region against its own annual target, month by month over the period', async () => {
    const series = [
      await history('520000', 'total'),
      await history('530000', 'total'),
      await history(NATIONAL, 'total'),
    ]
    const c = buildComparison(series, 'attainment', meta, VIEW)
    expect(c.axis).toBe('attainment')
    expect(c.rows.map((r) => r.month)).toEqual(dataSet.months.filter((m) => m >= '2024-01'))
    for (const id of ['520000', '530000', NATIONAL]) {
      const key = c.regions.find((r) => r.id === id)!.key
      for (const row of c.rows) expect(row[key]).toBe(at('total', id, row.month) / dataSet.targets.total![id])
    }
    expect(c.scale.domain[0]).toBeLessThanOrEqual(1)
  })

  it('index: each region against its own first month, so every line starts at 100%', async () => {
    const series = [await history('520000', 'workshops'), await history('530000', 'workshops')]
    const c = buildComparison(series, 'index', meta, { ...VIEW, from: '2023-06' })
    expect(c.axis).toBe('index')
    expect(c.first).toBe('2023-06')
    for (const r of c.regions) expect(c.rows[0][r.key]).toBe(1)
    const guizhou = c.regions[0].key
    expect(c.rows.at(-1)![guizhou]).toBe(at('workshops', '520000', '2024-08') / at('workshops', '520000', '2023-06'))
  })

  it('says in the tooltip the share of each region in the month, as the table shows it', async () => {
    const series = [await history('520000', 'total'), await history(NATIONAL, 'total')]
    const c = buildComparison(series, 'attainment', meta, VIEW)
    const aug = c.rows.length - 1
    expect(comparisonTooltip(c, aug, 'zh')).toEqual([
      '2024年8月',
      `贵州：${formatPercent(at('total', '520000', '2024-08') / dataSet.targets.total!['520000'], 'zh')}`,
      '全国：109.1%',
    ])
    const en = buildComparison(series, 'attainment', meta, { ...VIEW, lang: 'en' })
    expect(comparisonTooltip(en, aug, 'en')[2]).toBe('National: 109.1%')
  })

  it('falls back to the index for a category without targets', async () => {
    const c = buildComparison([await history('520000', 'workshops')], 'attainment', meta, VIEW)
    expect(c.axis).toBe('index')
  })

  it('gives a table column, a legend entry and a line style per region, the selected region first', async () => {
    const ids = ['520000', '530000', '450000', '510000', NATIONAL]
    const series = await Promise.all(ids.map((id) => history(id, 'total')))
    const c = buildComparison(series, 'attainment', meta, VIEW)
    const table = comparisonTable(c, 'zh')
    expect(table.columns.map((col) => col.label)).toEqual(['月份', '贵州', '云南', '广西', '四川', '全国'])
    expect(table.rows).toHaveLength(8)
    const legend = comparisonLegend(c)
    expect(legend.map((l) => l.label)).toEqual(['贵州', '云南', '广西', '四川', '全国'])
    // five lines apart by colour and by dash, each visible on white (WCAG 1.4.11, 3:1)
    expect(new Set(legend.map((l) => l.color)).size).toBe(5)
    expect(new Set(legend.map((l) => l.dash ?? 'solid')).size).toBe(5)
    for (const line of COMPARE_LINES) expect(contrast(line.color, '#ffffff')).toBeGreaterThanOrEqual(3)
  })

  it('says the end month’s figure of every region in both languages, nationwide never "in National"', async () => {
    const series = [await history('520000', 'total'), await history(NATIONAL, 'total')]
    const c = buildComparison(series, 'attainment', meta, VIEW)
    const pct = (id: string) => formatPercent(at('total', id, '2024-08') / dataSet.targets.total![id], 'zh')
    expect(comparisonSummary(c, meta, 'zh')).toBe(
      `截至2024年8月底，各地区完成年度目标任务的比例：贵州${pct('520000')}，全国${pct(NATIONAL)}。`,
    )
    const en = comparisonSummary(buildComparison(series, 'attainment', meta, { ...VIEW, lang: 'en' }), meta, 'en')
    expect(en).toMatch(
      /^By the end of August 2024, attainment of the annual target stood at .* in Guizhou and .* nationwide\.$/,
    )
    expect(en).not.toContain('National')
  })
})
