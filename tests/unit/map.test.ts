/**
 * The tile map's tiles (src/features/regions/map.ts), with the tile grid it places them on (chinaGrid.ts) and its
 * colour classes and legend (mapScale.ts) (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { rankRegions } from '../../src/features/regions/regions'
import { CHINA_PROV_GRID, GRID_COLS, GRID_ROWS, placeTiles } from '../../src/features/regions/chinaGrid'
import { buildMap } from '../../src/features/regions/map'
import { nextTile } from '../../src/features/regions/TileGrid'
import {
  classLabel,
  classOf,
  contrast,
  DIVERGING,
  mapScale,
  SEQUENTIAL,
  type MapScale,
} from '../../src/features/regions/mapScale'
import { meta, regionsOf } from '../fixtures/demo'

const FACTS_NOT_REPORTING: Record<string, string> = {
  北京: '110000',
  天津: '120000',
  上海: '310000',
  江苏: '320000',
  浙江: '330000',
  广东: '440000',
  台湾: '710000',
  香港: '810000',
  澳门: '820000',
}

describe('the tile grid (facts.md, china_prov_grid2)', () => {
  const grid = placeTiles(meta)

  it('has 34 cells inside 9 rows × 7 columns, no two on one cell, no name twice', () => {
    expect(CHINA_PROV_GRID).toHaveLength(34)
    const cells = new Set(CHINA_PROV_GRID.map((c) => `${c.row},${c.col}`))
    expect(cells.size).toBe(34)
    expect(new Set(CHINA_PROV_GRID.map((c) => c.zh)).size).toBe(34)
    for (const c of CHINA_PROV_GRID) {
      expect(c.row).toBeGreaterThanOrEqual(1)
      expect(c.row).toBeLessThanOrEqual(GRID_ROWS)
      expect(c.col).toBeGreaterThanOrEqual(1)
      expect(c.col).toBeLessThanOrEqual(GRID_COLS)
    }
  })

  it('puts every reporting province of /meta on a tile, joined by name, and none off the grid', () => {
    const provinces = meta.regions.filter((r) => r.id !== meta.nationalId)
    expect(grid.unplaced).toEqual([])
    expect([...grid.placed].sort()).toEqual(provinces.map((r) => r.id).sort())
    for (const p of provinces) {
      const tile = grid.tiles.find((t) => t.id === p.id)!
      expect(tile.cell.zh).toBe(p.name.zh)
      expect(tile.reporting).toBe(true)
    }
  })

  it('marks the 9 others as not reporting, with their GB/T 2260 codes from facts.md', () => {
    const others = grid.tiles.filter((t) => !t.reporting)
    expect(Object.fromEntries(others.map((t) => [t.cell.zh, t.id]))).toEqual(FACTS_NOT_REPORTING)
  })

  it('places 贵州 at row 7, column 3, west of 湖南 and south of 重庆', () => {
    const at = (zh: string) => grid.tiles.find((t) => t.cell.zh === zh)!
    expect([at('贵州').row, at('贵州').col]).toEqual([7, 3])
    expect(at('湖南').col).toBe(at('贵州').col + 1)
    expect(at('重庆').row).toBe(at('贵州').row - 1)
  })

  it('leaves a province /meta lists but the grid lacks off the grid, so the query refuses it', () => {
    const extra = { ...meta, regions: [...meta.regions, { id: '990000', name: { zh: '某省', en: 'Somewhere' } }] }
    const placed = placeTiles(extra)
    expect(placed.unplaced).toEqual(['990000'])
    expect(placed.placed).not.toContain('990000')
    expect(placed.tiles).toHaveLength(34)
  })
})

const bounds = (scale: MapScale) => scale.classes.flatMap((c) => (c.to === null ? [] : [c.to]))

describe('colour classes and legend breaks', () => {
  it('value: round breaks from 0 below the largest value, one class more than breaks, light to dark', () => {
    const values = [66_000, 1_234_567, 3_313_000]
    const scale = mapScale(values, 'value')
    expect(scale.kind).toBe('sequential')
    expect(bounds(scale)).toEqual([1_000_000, 2_000_000, 3_000_000])
    expect(scale.classes[0].from).toBeNull()
    expect(scale.classes.at(-1)!.to).toBeNull()
    for (const c of scale.classes) expect(SEQUENTIAL).toContain(c.fill)
    // darker for more: the luminance falls class by class
    const fills = scale.classes.map((c) => contrast(c.fill, '#ffffff'))
    expect([...fills].sort((a, b) => a - b)).toEqual(fills)
    expect(classOf(scale, 66_000)).toBe(scale.classes[0])
    expect(classOf(scale, 1_000_000)).toBe(scale.classes[1])
    expect(classOf(scale, 3_313_000)).toBe(scale.classes[3])
    expect(scale.classes.map((c) => classLabel(c, scale, 'zh'))).toEqual([
      '<100万',
      '100万–200万',
      '200万–300万',
      '≥300万',
    ])
    expect(scale.classes.map((c) => classLabel(c, scale, 'en'))).toEqual(['< 1M', '1M – 2M', '2M – 3M', '≥ 3M'])
  })

  it('attainment: 100% is always a break and the marked target, at most six classes', () => {
    for (const values of [
      [0.93, 0.98, 1.04, 1.12],
      [1.01, 1.02, 1.2],
      [0.5, 0.7, 0.9],
      [0.2, 3.5],
    ]) {
      const scale = mapScale(values, 'attainment')
      expect(bounds(scale), String(values)).toContain(1)
      expect(scale.target).toBe(1)
      expect(scale.classes.length).toBeLessThanOrEqual(6)
      expect(classOf(scale, 1).from).toBe(1)
      expect(classOf(scale, 0.999).to).toBe(1)
    }
    const scale = mapScale([0.93, 0.98, 1.04, 1.12], 'attainment')
    expect(bounds(scale)).toEqual([0.95, 1, 1.05, 1.1])
    expect(scale.classes.map((c) => classLabel(c, scale, 'zh'))).toEqual([
      '<95%',
      '95%–100%',
      '100%–105%',
      '105%–110%',
      '≥110%',
    ])
  })

  it('change: six classes symmetric around zero, orange for falls and purple for rises', () => {
    const scale = mapScale([-12_000, 3_000, 25_000], 'change')
    expect(scale.kind).toBe('diverging')
    expect(bounds(scale)).toEqual([-20_000, -10_000, 0, 10_000, 20_000])
    expect(scale.classes.map((c) => c.fill)).toEqual([...DIVERGING])
    expect(classOf(scale, -1).to).toBe(0)
    expect(classOf(scale, 0).from).toBe(0)
    expect(classLabel(scale.classes[4], scale, 'en')).toBe('+10K – +20K')
  })

  it('prints every tile number in a colour that reads on its fill (WCAG AA, 4.5:1)', () => {
    const sets = [Array.from({ length: 40 }, (_, i) => (i - 10) * 100_000), [0.5, 0.8, 1, 1.3, 1.9], [10, 20]]
    for (const values of sets)
      for (const metric of ['value', 'attainment', 'change'] as const)
        for (const c of mapScale(values, metric).classes) expect(contrast(c.fill, c.text)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('the map tiles from the data set', () => {
  it('colours each reporting province by its metric, never draws a non-reporting one as zero', async () => {
    const grid = placeTiles(meta)
    const data = await regionsOf('key_county', '2024-08')
    const rows = rankRegions(data, meta, 'zh', 'value', 'mom')
    const model = buildMap(rows, grid, meta, { lang: 'zh', compare: 'mom' }, 'value')
    expect(model.tiles).toHaveLength(34)
    const covered = model.tiles.filter((t) => t.covered)
    // key counties: the 10 western provinces only (facts.md); 辽宁 reports other categories but not this one
    expect(covered.map((t) => t.id).sort()).toEqual(data.items.map((i) => i.region).sort())
    expect(covered).toHaveLength(10)
    const liaoning = model.tiles.find((t) => t.name === '辽宁')!
    expect(liaoning).toMatchObject({ covered: false, shown: null, fill: null })
    for (const tile of covered) {
      const item = data.items.find((i) => i.region === tile.id)!
      expect(tile.fill).toBe(classOf(model.scale, item.value))
    }
  })
})

describe('the grid views refuse what they cannot place', () => {
  it('offGrid: an answer naming a province without a cell is refused, one naming placed provinces is not', async () => {
    const { gridOf, offGrid } = await import('../../src/features/regions/chinaGrid')
    const grid = gridOf(meta)
    expect(gridOf(meta)).toBe(grid)
    expect(offGrid(grid, grid.placed)).toBe(false)
    expect(offGrid(grid, [...grid.placed, '990000'])).toBe(true)
    expect(offGrid(grid, ['110000'])).toBe(true) // 北京 has a cell but does not report: nothing to draw there
  })
})

describe('nextTile: the arrows on the tile grid', () => {
  const at = (name: string) => CHINA_PROV_GRID.find((c) => c.zh === name)!
  const tiles = CHINA_PROV_GRID.map((c) => ({ key: c.zh, row: c.row, col: c.col }))
  const from = (name: string) => tiles.find((t) => t.key === name)!
  it.each([
    ['贵州', 'ArrowLeft', '云南'],
    ['云南', 'ArrowUp', '四川'],
    ['四川', 'ArrowRight', '重庆'],
    ['新疆', 'ArrowRight', '甘肃'],
    ['甘肃', 'ArrowRight', '山西'], // the gap at column 3 is skipped
    ['海南', 'ArrowDown', undefined], // nothing below the last row's tile
    ['黑龙江', 'ArrowUp', undefined],
  ])('from %s, %s goes to %s', (name, key, expected) => {
    expect(nextTile(tiles, from(name), key)?.key).toBe(expected)
    if (expected) expect(at(expected)).toBeDefined()
  })
  it('Home and End go to the first and last tile in reading order, other keys nowhere', () => {
    expect(nextTile(tiles, from('云南'), 'Home')?.key).toBe('黑龙江')
    expect(nextTile(tiles, from('云南'), 'End')?.key).toBe('香港')
    expect(nextTile(tiles, from('云南'), 'a')).toBeUndefined()
  })
})

describe('a province that has not reported the month', () => {
  it('is a tile of its own: not reported, never not covered, no number, no colour', async () => {
    const rows = rankRegions(await regionsOf('workshops', '2024-08'), meta, 'zh', 'value', 'mom')
    const model = buildMap(rows, placeTiles(meta), meta, { lang: 'zh', compare: 'mom' }, 'value')
    const xizang = model.tiles.find((t) => t.id === '540000')!
    expect(xizang).toMatchObject({ covered: true, notReported: true, shown: null, fill: null })
    expect(xizang.tooltip).toEqual(['西藏', '尚未上报'])
    expect(model.tiles.filter((t) => t.notReported).map((t) => t.id)).toEqual(['540000'])
    const beijing = model.tiles.find((t) => t.name === '北京')!
    expect(beijing).toMatchObject({ covered: false, notReported: false })
  })
})
