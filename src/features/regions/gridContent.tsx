/**
 * The Regions panel's grid views, the tile map and the small multiples, as content for the chart frame: a chunk of
 * its own, loaded when one of them is first chosen, so the first view (the ranking) does not carry their code.
 */
import type { Meta } from '../../api/meta'
import type { RegionsSeries } from '../../api/regionsSeries'
import type { ChartContent } from '../../charts/chartContent'
import { personsUnit } from '../../lib/format'
import { categoryName } from '../../lib/names'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { gridOf, offGrid } from './chinaGrid'
import { buildMap } from './map'
import { messages } from './messages'
import { buildMultiples, multiplesSummary, multiplesTable } from './multiples'
import { belowTargetSentence, regionsSummary, regionsTable, type RankMetric, type RegionRow } from './regions'
import { SmallMultiples } from './SmallMultiples'
import { TileMap } from './TileMap'

/** The tile map of one view: the same rows, table and sentence as the ranking, drawn on the grid. */
export function mapContent(
  rows: RegionRow[],
  meta: Meta,
  view: View,
  metric: RankMetric,
  setView: ViewProps['setView'],
): ChartContent | string {
  const { lang, compare } = view
  const t = messages[lang]
  const grid = gridOf(meta)
  if (
    offGrid(
      grid,
      rows.map((r) => r.region),
    )
  )
    return t.errorFormat
  const model = buildMap(rows, grid, meta, view, metric)
  const below = belowTargetSentence(rows, view)
  return {
    summary: regionsSummary(rows, meta, view, metric),
    details: below ? [below] : undefined,
    table: regionsTable(rows, lang, compare),
    unit: metric === 'attainment' ? `${t.targetsAttainment} %` : personsUnit(lang),
    chartName: 'regions-map',
    chart: (
      <TileMap
        model={model}
        metric={metric}
        compare={compare}
        lang={lang}
        selected={view.region}
        onSelect={(region) => setView({ region })}
      />
    ),
  }
}

/** The small multiples of one view: every province's line from the one /regions/series answer. */
export function trendsContent(
  series: RegionsSeries,
  meta: Meta,
  view: View,
  setView: ViewProps['setView'],
): ChartContent | string {
  const { lang } = view
  const t = messages[lang]
  const grid = gridOf(meta)
  if (
    offGrid(
      grid,
      series.items.map((i) => i.region),
    )
  )
    return t.errorFormat
  const model = buildMultiples(series, grid, meta, view)
  if (!model.tiles.some((tile) => tile.covered)) return t.empty
  return {
    summary: multiplesSummary(model, view),
    table: multiplesTable(model, lang),
    unit: `${personsUnit(lang)}; ${t.multiplesRatio(model.kind)} %`,
    chartName: 'regions-trends',
    chart: (
      <SmallMultiples
        label={t.multiplesTitle(categoryName(meta, view.category, lang))}
        model={model}
        lang={lang}
        selected={view.region}
        onSelect={(region) => setView({ region })}
      />
    ),
  }
}
