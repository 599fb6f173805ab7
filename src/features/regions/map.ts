/** The tile map's tiles, as a pure function of the ranking's rows and the grid: what each tile shows and says. */
import type { Meta } from '../../api/meta'
import { formatPercent, formatPersons, type Lang } from '../../lib/format'
import { messages, type RankMetric } from '../../lib/i18n'
import type { Compare } from '../../lib/view'
import type { PlacedGrid } from './grid'
import { tileName } from './grid'
import { classOf, mapScale, type ColorClass, type MapScale } from './mapScale'
import type { RegionRow } from './regions'

export interface MapTile {
  id: string
  row: number
  col: number
  name: string
  /** the province reports this category: false for the 9 divisions that do not report, and for a province without
   * figures for the category (key counties outside the western provinces), which is drawn alike, never as zero */
  covered: boolean
  /** the number printed on the tile (the metric, as the table shows it); null when not covered or not comparable */
  shown: string | null
  /** the colour class; null when there is no number */
  fill: ColorClass | null
  /** the province's row of the ranking, for the tooltip */
  data: RegionRow | null
}

export interface MapModel {
  tiles: MapTile[]
  scale: MapScale
}

/** The metric as tiles, legend and tooltip write it. */
export function formatMetric(value: number, metric: RankMetric, lang: Lang): string {
  return metric === 'attainment'
    ? formatPercent(value, lang)
    : formatPersons(value, lang, { signed: metric === 'change' })
}

export function buildMap(rows: RegionRow[], grid: PlacedGrid, meta: Meta, lang: Lang, metric: RankMetric): MapModel {
  const byId = new Map(rows.map((r) => [r.region, r]))
  const scale = mapScale(
    rows.flatMap((r) => (r.metric === null ? [] : [r.metric])),
    metric,
  )
  const tiles = grid.tiles.map((tile): MapTile => {
    const data = tile.reporting ? (byId.get(tile.id) ?? null) : null
    const value = data?.metric ?? null
    return {
      id: tile.id,
      row: tile.row,
      col: tile.col,
      name: tileName(meta, tile, lang),
      covered: data !== null,
      shown: value === null ? null : formatMetric(value, metric, lang),
      fill: value === null ? null : classOf(scale, value),
      data,
    }
  })
  return { tiles, scale }
}

/** A tile's tooltip: its name, then value, target, attainment and change as the table shows them. */
export function tileTooltip(tile: MapTile, lang: Lang, compare: Compare): string[] {
  const t = messages[lang]
  const d = tile.data
  if (!d) return [tile.name, t.mapNotCovered]
  const sep = lang === 'zh' ? '：' : ': '
  return [
    tile.name,
    `${t.value}${sep}${formatPersons(d.value, lang)}`,
    ...(d.target !== null ? [`${t.targetsTarget}${sep}${formatPersons(d.target, lang)}`] : []),
    ...(d.attainment !== null ? [`${t.targetsAttainment}${sep}${formatPercent(d.attainment, lang)}`] : []),
    `${compare === 'mom' ? t.mom : t.yoy}${sep}${d.change === null ? '—' : formatPersons(d.change, lang, { signed: true })}`,
  ]
}
