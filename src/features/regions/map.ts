/** The tile map's tiles, as a pure function of the ranking's rows and the grid: what each tile shows and says. */
import type { Meta } from '../../api/meta'
import { formatPercent, formatPersons, type Lang } from '../../lib/format'
import type { Compare } from '../../lib/view'
import type { PlacedGrid } from './chinaGrid'
import { tileName } from './chinaGrid'
import { classLabel, classOf, formatBreak, mapScale, type ColorClass, type MapScale } from './mapScale'
import { messages } from './messages'
import type { RankMetric, RegionRow } from './regions'

export interface MapTile {
  id: string
  row: number
  col: number
  name: string
  /** the province reports this category: false for the 9 divisions that do not report, and for a province without
   * figures for the category (key counties outside the western provinces), which is drawn alike, never as zero */
  covered: boolean
  /** the province reports this category but has not yet reported the month: drawn hatched, 「未上报」, never as
   * not applicable (glossary rule 6) and never as zero */
  notReported: boolean
  /** the number printed on the tile (the metric, as the table shows it); null when not covered or not comparable */
  shown: string | null
  /** the colour class; null when there is no number */
  fill: ColorClass | null
  /** the province's row of the ranking */
  data: RegionRow | null
  /** what the tooltip says: the name, then the figures as the table shows them */
  tooltip: string[]
}

export interface MapModel {
  tiles: MapTile[]
  scale: MapScale
  /** the legend: each class's colour and range, as written */
  legend: { fill: string; label: string }[]
  /** the break that is the target (100%), as written; null unless by attainment */
  target: string | null
}

/** The metric as tiles, legend and tooltip write it. */
export function formatMetric(value: number, metric: RankMetric, lang: Lang): string {
  return metric === 'attainment'
    ? formatPercent(value, lang)
    : formatPersons(value, lang, { signed: metric === 'change' })
}

export function buildMap(
  rows: RegionRow[],
  grid: PlacedGrid,
  meta: Meta,
  view: { lang: Lang; compare: Compare },
  metric: RankMetric,
): MapModel {
  const { lang, compare } = view
  const byId = new Map(rows.map((r) => [r.region, r]))
  const scale = mapScale(
    rows.flatMap((r) => (r.metric === null ? [] : [r.metric])),
    metric,
  )
  const tiles = grid.tiles.map((tile): MapTile => {
    const data = tile.reporting ? (byId.get(tile.id) ?? null) : null
    const value = data?.metric ?? null
    const name = tileName(meta, tile, lang)
    return {
      id: tile.id,
      row: tile.row,
      col: tile.col,
      name,
      covered: data !== null,
      notReported: data !== null && !data.reported,
      shown: value === null ? null : formatMetric(value, metric, lang),
      fill: value === null ? null : classOf(scale, value),
      data,
      tooltip: tileTooltip(name, data, lang, compare),
    }
  })
  return {
    tiles,
    scale,
    legend: scale.classes.map((c) => ({ fill: c.fill, label: classLabel(c, scale, lang) })),
    target: scale.target === null ? null : formatBreak(scale.target, scale, lang),
  }
}

/** A tile's tooltip: its name, then value, target, attainment and change as the table shows them. */
function tileTooltip(name: string, d: RegionRow | null, lang: Lang, compare: Compare): string[] {
  const t = messages[lang]
  if (!d) return [name, t.mapNotCovered]
  if (d.value === null) return [name, t.notReported]
  return [
    name,
    t.labelValue(t.value, formatPersons(d.value, lang)),
    ...(d.target !== null ? [t.labelValue(t.targetsTarget, formatPersons(d.target, lang))] : []),
    ...(d.attainment !== null ? [t.labelValue(t.targetsAttainment, formatPercent(d.attainment, lang))] : []),
    t.labelValue(
      compare === 'mom' ? t.mom : t.yoy,
      d.change === null ? '—' : formatPersons(d.change, lang, { signed: true }),
    ),
  ]
}
