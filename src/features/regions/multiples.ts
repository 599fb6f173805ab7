/**
 * The small multiples: every province's monthly line on the tile grid, on one shared scale so that tiles compare by
 * eye: attainment of the province's own annual target for a category with targets, else its value against the first
 * month shown. Pure functions of the one /regions/series answer: tiles, table and the sentence for the whole view.
 */
import type { Meta } from '../../api/meta'
import type { RegionsSeries } from '../../api/regionsSeries'
import { niceScale } from '../../charts/scale'
import type { TableData } from '../../lib/table'
import { formatMonth, type Lang } from '../../lib/format'
import { attainment, endMove, growthStreak, isMet, type EndMove } from '../../lib/stats'
import type { View } from '../../lib/view'
import type { PlacedGrid } from './chinaGrid'
import { tileName } from './chinaGrid'
import { messages, type ProvinceCount } from './messages'

/** A streak is emphasised from two months on: one month's rise is not a streak. */
export const MIN_DRAWN_STREAK = 2

export interface MultiplePoint {
  month: string
  value: number
  target: number | null
  /** what the line plots: attainment, or the value over the first month's */
  ratio: number | null
  /** the month belongs to the province's current growth streak (of two months or more) */
  streak: boolean
}

export interface MultipleTile {
  id: string
  row: number
  col: number
  name: string
  /** false for the divisions that do not report and for a province without figures for the category */
  covered: boolean
  /** the months of the period */
  points: MultiplePoint[]
  /** the end month's ratio */
  end: number | null
  /** how the end month compares with the month before (from the whole history) */
  move: EndMove | null
}

export interface MultiplesModel {
  kind: 'attainment' | 'index'
  months: string[]
  tiles: MultipleTile[]
  /** one scale for every tile, holding 100% */
  scale: { domain: [number, number]; ticks: number[] }
}

export function buildMultiples(
  data: RegionsSeries,
  grid: PlacedGrid,
  meta: Meta,
  view: Pick<View, 'lang' | 'from' | 'to'>,
): MultiplesModel {
  const byId = new Map(data.items.map((item) => [item.region, item]))
  const kind = data.items.some((item) => item.points.some((p) => p.target !== null)) ? 'attainment' : 'index'
  const tiles = grid.tiles.map((tile): MultipleTile => {
    const series = tile.reporting ? byId.get(tile.id) : undefined
    const base = { id: tile.id, row: tile.row, col: tile.col, name: tileName(meta, tile, view.lang) }
    if (!series) return { ...base, covered: false, points: [], end: null, move: null }
    const history = series.points.filter((p) => p.month <= view.to)
    const streak = growthStreak(history)
    const period = history.filter((p) => p.month >= view.from)
    const first = period[0]?.value ?? 0
    const points = period.map((p) => ({
      month: p.month,
      value: p.value,
      target: p.target,
      ratio: kind === 'attainment' ? attainment(p.value, p.target) : first > 0 ? p.value / first : null,
      streak: streak.length >= MIN_DRAWN_STREAK && streak.from !== null && p.month >= streak.from,
    }))
    return { ...base, covered: true, points, end: points.at(-1)?.ratio ?? null, move: endMove(history) }
  })
  const ratios = tiles.flatMap((t) => t.points.flatMap((p) => (p.ratio === null ? [] : [p.ratio])))
  return {
    kind,
    months: tiles.find((t) => t.covered)?.points.map((p) => p.month) ?? [],
    tiles,
    scale: niceScale([...ratios, 1], { maxTicks: 4 }),
  }
}

/** One row per province and month: exactly the numbers the small multiples plot. */
export function multiplesTable(model: MultiplesModel, lang: Lang): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'name', label: t.region, kind: 'text' },
      { key: 'month', label: t.month, kind: 'month' },
      { key: 'value', label: t.value, kind: 'persons' },
      ...(model.kind === 'attainment' ? [{ key: 'target', label: t.targetsTarget, kind: 'persons' as const }] : []),
      { key: 'ratio', label: t.multiplesRatio(model.kind), kind: 'ratio' },
    ],
    rows: model.tiles
      .filter((tile) => tile.covered)
      .flatMap((tile) =>
        tile.points.map((p) => ({
          name: tile.name,
          month: p.month,
          value: p.value,
          ...(model.kind === 'attainment' ? { target: p.target } : {}),
          ratio: p.ratio,
        })),
      ),
  }
}

/** 「截至2024年8月底，25个省份中19个环比增长，3个尚未完成年度目标任务。」 */
export function multiplesSummary(model: MultiplesModel, view: Pick<View, 'lang' | 'to'>): string {
  const t = messages[view.lang]
  const covered = model.tiles.filter((tile) => tile.covered)
  if (covered.length === 0) return t.empty
  const count = (tiles: MultipleTile[]): ProvinceCount => ({ count: tiles.length, names: tiles.map((x) => x.name) })
  const moves = covered.map((tile) => tile.move?.kind)
  const grew = moves.includes('first')
    ? 'first'
    : moves.includes('restart')
      ? 'restart'
      : count(covered.filter((tile) => tile.move?.kind === 'rose'))
  const behind =
    model.kind === 'attainment' ? count(covered.filter((tile) => tile.end !== null && !isMet(tile.end))) : null
  return t.summaryMultiples({ end: formatMonth(view.to, view.lang, 'full'), total: covered.length, grew, behind })
}
