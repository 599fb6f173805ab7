/**
 * The tile grid of China's 34 provincial-level divisions (facts.md, "Tile grid"): `china_prov_grid2` from the
 * grid-designer collection used by geofacet, row 1 at the top, column 1 on the left (west). A grid has no borders to
 * get wrong and shows small provinces as clearly as large ones. Cells are joined to the API's regions by the Chinese
 * name (the grid's two-letter codes repeat: SX, HN, HB); the divisions that do not report carry their GB/T 2260 code.
 */
import type { Meta } from '../../api/meta'
import type { Lang } from '../../lib/format'
import { regionName } from '../../lib/names'

export interface GridCell {
  row: number
  col: number
  zh: string
  en: string
  /** GB/T 2260 code of a division that does not report (facts.md); the reporting ones take theirs from /meta */
  code?: string
}

/** The grid's size, and a cell's size in the drawing's units (the map and the small multiples are drawn at this scale,
 * then fitted). */
export const GRID_ROWS = 9
export const GRID_COLS = 7
export const CELL = 80
export const GRID_WIDTH = GRID_COLS * CELL
export const GRID_HEIGHT = GRID_ROWS * CELL

export const CHINA_PROV_GRID: readonly GridCell[] = [
  { row: 1, col: 7, zh: '黑龙江', en: 'Heilongjiang' },
  { row: 2, col: 6, zh: '内蒙古', en: 'Inner Mongolia' },
  { row: 2, col: 7, zh: '吉林', en: 'Jilin' },
  { row: 3, col: 6, zh: '北京', en: 'Beijing', code: '110000' },
  { row: 3, col: 7, zh: '辽宁', en: 'Liaoning' },
  { row: 4, col: 1, zh: '新疆', en: 'Xinjiang' },
  { row: 4, col: 2, zh: '甘肃', en: 'Gansu' },
  { row: 4, col: 4, zh: '山西', en: 'Shanxi' },
  { row: 4, col: 5, zh: '河北', en: 'Hebei' },
  { row: 4, col: 6, zh: '天津', en: 'Tianjin', code: '120000' },
  { row: 5, col: 1, zh: '西藏', en: 'Xizang' },
  { row: 5, col: 2, zh: '青海', en: 'Qinghai' },
  { row: 5, col: 3, zh: '宁夏', en: 'Ningxia' },
  { row: 5, col: 4, zh: '陕西', en: 'Shaanxi' },
  { row: 5, col: 5, zh: '河南', en: 'Henan' },
  { row: 5, col: 6, zh: '山东', en: 'Shandong' },
  { row: 6, col: 2, zh: '四川', en: 'Sichuan' },
  { row: 6, col: 3, zh: '重庆', en: 'Chongqing' },
  { row: 6, col: 4, zh: '湖北', en: 'Hubei' },
  { row: 6, col: 5, zh: '安徽', en: 'Anhui' },
  { row: 6, col: 6, zh: '江苏', en: 'Jiangsu', code: '320000' },
  { row: 6, col: 7, zh: '上海', en: 'Shanghai', code: '310000' },
  { row: 7, col: 2, zh: '云南', en: 'Yunnan' },
  { row: 7, col: 3, zh: '贵州', en: 'Guizhou' },
  { row: 7, col: 4, zh: '湖南', en: 'Hunan' },
  { row: 7, col: 5, zh: '江西', en: 'Jiangxi' },
  { row: 7, col: 6, zh: '浙江', en: 'Zhejiang', code: '330000' },
  { row: 8, col: 4, zh: '广西', en: 'Guangxi' },
  { row: 8, col: 5, zh: '广东', en: 'Guangdong', code: '440000' },
  { row: 8, col: 6, zh: '福建', en: 'Fujian' },
  { row: 8, col: 7, zh: '台湾', en: 'Taiwan', code: '710000' },
  { row: 9, col: 4, zh: '海南', en: 'Hainan' },
  { row: 9, col: 5, zh: '澳门', en: 'Macao', code: '820000' },
  { row: 9, col: 6, zh: '香港', en: 'Hong Kong', code: '810000' },
]

/** A cell of the grid joined to the data: a reporting province (an id /meta knows) or a division that does not report. */
export interface Tile {
  row: number
  col: number
  id: string
  /** the division is one of the provinces /meta lists */
  reporting: boolean
  cell: GridCell
}

export interface PlacedGrid {
  tiles: Tile[]
  /** the ids of the reporting provinces on the grid: an answer may name only these */
  placed: string[]
  /** provinces /meta lists that have no cell: never drawn, and an answer naming them is refused */
  unplaced: string[]
}

/** The grid joined to /meta's provinces by their Chinese name. */
export function placeTiles(meta: Meta): PlacedGrid {
  const provinces = meta.regions.filter((r) => r.id !== meta.nationalId)
  const byName = new Map(provinces.map((r) => [r.name.zh, r.id]))
  const tiles = CHINA_PROV_GRID.map((cell): Tile => {
    const id = byName.get(cell.zh)
    return id
      ? { row: cell.row, col: cell.col, id, reporting: true, cell }
      : { row: cell.row, col: cell.col, id: cell.code ?? cell.zh, reporting: false, cell }
  })
  const placed = tiles.filter((t) => t.reporting).map((t) => t.id)
  const onGrid = new Set(placed)
  return { tiles, placed, unplaced: provinces.filter((r) => !onGrid.has(r.id)).map((r) => r.id) }
}

/** A tile's name in the language: /meta's name for a reporting province, the grid's for the others. */
export function tileName(meta: Meta, tile: Tile, lang: Lang): string {
  return tile.reporting ? regionName(meta, tile.id, lang) : tile.cell[lang]
}

const grids = new WeakMap<Meta, PlacedGrid>()
/** The grid joined to /meta's provinces, once per /meta. */
export function gridOf(meta: Meta): PlacedGrid {
  let grid = grids.get(meta)
  if (!grid) grids.set(meta, (grid = placeTiles(meta)))
  return grid
}

/**
 * Whether an answer names a region that has no cell: a province /meta lists but the grid lacks would be drawn
 * nowhere (or, joined wrongly, in the wrong place), so such an answer is refused as an unexpected format.
 */
export function offGrid(grid: PlacedGrid, regions: readonly string[]): boolean {
  const placed = new Set(grid.placed)
  return regions.some((id) => !placed.has(id))
}
