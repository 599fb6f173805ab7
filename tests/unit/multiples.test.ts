/** The small multiples (issue 11): ratios on one scale, streaks, table and the sentence, from the data set. */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { missingReportsDataSet } from '../../mocks/data/missingReports'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { regionsSeriesSchema, type RegionsSeries } from '../../src/api/regionsSeries'
import { placeTiles } from '../../src/features/regions/chinaGrid'
import { buildMultiples, multiplesSummary, multiplesTable } from '../../src/features/regions/multiples'
import { formatMonth, type Lang } from '../../src/lib/format'
import { isMet } from '../../src/lib/stats'
import { meta } from '../fixtures/demo'

const grid = placeTiles(meta)
async function seriesOf(category: string, to = '2024-08'): Promise<RegionsSeries> {
  const response = await fetch(`http://localhost/api/v1/regions/series?category=${category}&from=2023-01&to=${to}`)
  return v.parse(regionsSeriesSchema, await response.json())
}
const at = (category: keyof typeof dataSet.values, region: string, month: string) =>
  dataSet.values[category][region][dataSet.months.indexOf(month)]

describe('buildMultiples', () => {
  it('plots attainment of each province’s own target for the months of the period, on one scale holding 100%', async () => {
    const model = buildMultiples(await seriesOf('total'), grid, meta, { lang: 'zh', from: '2024-01', to: '2024-08' })
    expect(model.kind).toBe('attainment')
    expect(model.tiles).toHaveLength(34)
    const covered = model.tiles.filter((t) => t.covered)
    expect(covered).toHaveLength(25)
    expect(model.months).toEqual(dataSet.months.filter((m) => m >= '2024-01'))
    const guizhou = model.tiles.find((t) => t.id === '520000')!
    expect(guizhou.end).toBe(at('total', '520000', '2024-08') / dataSet.targets.total!['520000'])
    const [d0, d1] = model.scale.domain
    expect(d0).toBeLessThanOrEqual(1)
    expect(d1).toBeGreaterThanOrEqual(1)
    for (const tile of covered) for (const p of tile.points) expect(p.ratio!).toBeGreaterThanOrEqual(d0)
  })

  it('emphasises each province’s growth streak (two months or more), counted over its whole history', async () => {
    const model = buildMultiples(await seriesOf('total'), grid, meta, { lang: 'zh', from: '2024-05', to: '2024-08' })
    for (const tile of model.tiles.filter((t) => t.covered)) {
      const values = dataSet.values.total[tile.id]
      let length = 0
      for (let i = dataSet.months.length - 1; i > 0 && !dataSet.months[i].endsWith('-01'); i -= 1) {
        if (values[i] > values[i - 1]) length += 1
        else break
      }
      const marked = tile.points.filter((p) => p.streak).length
      expect(marked, tile.name).toBe(length >= 2 ? Math.min(length, tile.points.length) : 0)
    }
  })

  it('uses the value against the first month for a category without targets, and leaves uncovered provinces out', async () => {
    const model = buildMultiples(await seriesOf('workshops'), grid, meta, {
      lang: 'en',
      from: '2024-01',
      to: '2024-08',
    })
    expect(model.kind).toBe('index')
    const yunnan = model.tiles.find((t) => t.id === '530000')!
    expect(yunnan.points[0].ratio).toBe(1)
    expect(yunnan.end).toBe(at('workshops', '530000', '2024-08') / at('workshops', '530000', '2024-01'))
    expect(model.tiles.find((t) => t.id === '210000')).toMatchObject({ covered: false, points: [] })
  })
})

describe('multiplesTable', () => {
  it('has one row per province and month, in whole persons and ratios', async () => {
    const model = buildMultiples(await seriesOf('total'), grid, meta, { lang: 'zh', from: '2024-01', to: '2024-08' })
    const table = multiplesTable(model, 'zh')
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'month', 'value', 'target', 'ratio'])
    expect(table.rows).toHaveLength(25 * 8)
    const row = table.rows.find((r) => r.name === '贵州' && r.month === '2024-08')!
    expect(row.value).toBe(at('total', '520000', '2024-08'))
    expect(row.target).toBe(dataSet.targets.total!['520000'])
  })
})

describe('multiplesSummary: counts branched 0, 1, some, all, anchored to the end month', () => {
  const expected = async (category: string, to: string, lang: Lang) => {
    const model = buildMultiples(await seriesOf(category, to), grid, meta, { lang, from: `${to.slice(0, 4)}-01`, to })
    return { model, text: multiplesSummary(model, { lang, to }) }
  }

  it('counts the provinces that grew and those behind their target, from the data', async () => {
    const { model, text } = await expected('total', '2024-08', 'zh')
    const i = dataSet.months.indexOf('2024-08')
    const provinces = grid.placed
    const grew = provinces.filter((id) => dataSet.values.total[id][i] > dataSet.values.total[id][i - 1]).length
    const behind = model.tiles.filter((t) => t.covered && !isMet(t.end!)).length
    expect(text.startsWith(`截至${formatMonth('2024-08', 'zh', 'full')}底，`)).toBe(true)
    if (grew > 1 && grew < 25) expect(text).toContain(`25个省份中${grew}个环比增长`)
    expect(text).toContain(behind === 0 ? '各省份均已完成年度目标任务' : `${behind}个`)
    expect(text).not.toMatch(/\s/)
  })

  it('says so in a January, where the yearly count restarts, and writes both languages', async () => {
    const zh = (await expected('total', '2024-01', 'zh')).text
    expect(zh).toContain('每年1月起重新统计')
    const en = (await expected('total', '2024-01', 'en')).text
    expect(en).toMatch(/^By the end of January 2024, the yearly count restarted/)
    expect(en).not.toMatch(/\b1 of 1\b|\b1 provinces\b/)
  })

  it('leaves the target clause out for a category without targets', async () => {
    const { text } = await expected('workshops', '2024-07', 'en')
    expect(text).not.toContain('target')
    expect(text).toMatch(/of the 22 provinces|all 22 provinces|none of the 22/)
  })
})

describe('a province that has not reported the end month', () => {
  it('leaves its latest month empty, shows no earlier month as the latest, and is counted nowhere (zh, en)', async () => {
    const series = await seriesOf('workshops')
    const zh = buildMultiples(series, grid, meta, { lang: 'zh', from: '2024-01', to: '2024-08' })
    const xizang = zh.tiles.find((t) => t.id === '540000')!
    expect(xizang).toMatchObject({
      covered: true,
      endNotReported: true,
      end: null,
      move: null,
      notReported: ['2024-08'],
    })
    expect(xizang.points.at(-1)!.month).toBe('2024-07')
    const counted = zh.tiles.filter((t) => t.covered && !t.endNotReported)
    const grew = counted.filter((t) => t.move?.kind === 'rose').length
    const zhText = multiplesSummary(zh, { lang: 'zh', to: '2024-08' })
    expect(zhText).toBe(
      grew === counted.length
        ? `截至2024年8月底，${counted.length}个省份均环比增长，西藏尚未上报。`
        : `截至2024年8月底，${counted.length}个省份中${grew}个环比增长，西藏尚未上报。`,
    )
    const en = buildMultiples(series, grid, meta, { lang: 'en', from: '2024-01', to: '2024-08' })
    expect(multiplesSummary(en, { lang: 'en', to: '2024-08' })).toMatch(
      new RegExp(`${counted.length} provinces grew month on month; Xizang had not yet reported\\.$`),
    )
  })

  it('has a table row saying 尚未上报, with no number, in a status column', async () => {
    const model = buildMultiples(await seriesOf('workshops'), grid, meta, {
      lang: 'zh',
      from: '2024-07',
      to: '2024-08',
    })
    const table = multiplesTable(model, 'zh')
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'month', 'value', 'status', 'ratio'])
    const xizang = table.rows.filter((r) => r.name === '西藏')
    expect(xizang).toEqual([
      { name: '西藏', month: '2024-07', value: at('workshops', '540000', '2024-07'), status: '完整', ratio: 1 },
      { name: '西藏', month: '2024-08', value: null, status: '尚未上报', ratio: null },
    ])
  })

  it('on the test data set: a province that did not report the month before is not compared, and named', async () => {
    server.use(...createHandlers(missingReportsDataSet))
    const model = buildMultiples(await seriesOf('workshops', '2024-07'), grid, meta, {
      lang: 'zh',
      from: '2024-01',
      to: '2024-07',
    })
    const ningxia = model.tiles.find((t) => t.id === '640000')!
    expect(ningxia.move).toEqual({ kind: 'withheld', why: { kind: 'notReported', region: '640000', month: '2024-06' } })
    expect(ningxia.points.map((p) => p.month)).not.toContain('2024-06')
    expect(multiplesSummary(model, { lang: 'zh', to: '2024-07' })).toMatch(/，宁夏上月尚未上报，未作比较。$/)
    const august = buildMultiples(await seriesOf('workshops'), grid, meta, {
      lang: 'zh',
      from: '2024-01',
      to: '2024-08',
    })
    expect(multiplesSummary(august, { lang: 'zh', to: '2024-08' })).toMatch(/，西藏和甘肃尚未上报。$/)
  })
})

describe('no province to compare', () => {
  it('says so and names who is missing, never “0 provinces” (zh, en)', async () => {
    const series = await seriesOf('workshops')
    // every province without August: the answer as a backend would send it before any report came in
    const none = {
      ...series,
      items: series.items.map((i) => ({
        ...i,
        points: i.points.filter((p) => p.month !== '2024-08'),
        notReported: ['2024-08'],
      })),
    }
    const model = buildMultiples(none, grid, meta, { lang: 'zh', from: '2024-01', to: '2024-08' })
    const text = multiplesSummary(model, { lang: 'zh', to: '2024-08' })
    expect(text).toMatch(/^截至2024年8月底，没有可比的省份：.+尚未上报。$/)
    expect(text).not.toMatch(/0个省份/)
    const en = buildMultiples(none, grid, meta, { lang: 'en', from: '2024-01', to: '2024-08' })
    expect(multiplesSummary(en, { lang: 'en', to: '2024-08' })).toMatch(
      /^By the end of August 2024, no province could be compared: .+ had not yet reported\.$/,
    )
  })
})
