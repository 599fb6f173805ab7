/**
 * The small multiples: every province's monthly line on the tile grid, on one shared scale so that tiles compare by
 * eye: attainment of the province's own annual target for a category with targets, else its value against the first
 * month shown. Pure functions of the one /regions/series answer: tiles, table and the sentence for the whole view.
 */
import type { Meta } from '../../api/meta'
import type { RegionsSeries } from '../../api/regionsSeries'
import { niceScale } from '../../charts/scale'
import type { Row, TableData } from '../../lib/table'
import { formatMonth, type Lang } from '../../lib/format'
import { seriesMonths, streakOf, type Move } from '../../lib/reports'
import { attainment, isMet } from '../../lib/stats'
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
  /** the months of the period the province has reported (a month not reported has no point: never a zero) */
  points: MultiplePoint[]
  /** the months of the period the province has not yet reported */
  notReported: string[]
  /** the end month's ratio; null when the end month is not reported */
  end: number | null
  /** the province has not yet reported the end month: its latest month is left empty, and it is in no count */
  endNotReported: boolean
  /** how the end month compares with the month before (from the whole history; withheld when either is missing) */
  move: Move | null
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
  const months = periodMonths(data, view)
  const tiles = grid.tiles.map((tile): MultipleTile => {
    const series = tile.reporting ? byId.get(tile.id) : undefined
    const base = { id: tile.id, row: tile.row, col: tile.col, name: tileName(meta, tile, view.lang) }
    if (!series) {
      return { ...base, covered: false, points: [], notReported: [], end: null, endNotReported: false, move: null }
    }
    // Each province's own figures, month by month: a move on a month not reported is withheld (lib/reports.ts).
    const history = seriesMonths(
      {
        region: series.region,
        category: data.category,
        points: series.points.filter((p) => p.month <= view.to),
        notReported: series.notReported,
      },
      { nationalId: meta.nationalId },
      data.from,
    )
    const streak = streakOf(history)
    const period = series.points.filter((p) => p.month >= view.from && p.month <= view.to)
    const first = period[0]?.value ?? 0
    const points = period.map((p) => ({
      month: p.month,
      value: p.value,
      target: p.target,
      ratio: kind === 'attainment' ? attainment(p.value, p.target) : first > 0 ? p.value / first : null,
      streak: streak.length >= MIN_DRAWN_STREAK && streak.from !== null && p.month >= streak.from,
    }))
    const notReported = (series.notReported ?? []).filter((m) => m >= view.from && m <= view.to)
    const endNotReported = notReported.includes(view.to)
    const last = points.at(-1)
    return {
      ...base,
      covered: true,
      points,
      notReported,
      end: !endNotReported && last?.month === view.to ? last.ratio : null,
      endNotReported,
      move: endNotReported ? null : (history.at(-1)?.move ?? null),
    }
  })
  const ratios = tiles.flatMap((t) => t.points.flatMap((p) => (p.ratio === null ? [] : [p.ratio])))
  return { kind, months, tiles, scale: niceScale([...ratios, 1], { maxTicks: 4 }) }
}

/** The months of the period the answer runs over (reported or not), oldest first. */
function periodMonths(data: RegionsSeries, view: Pick<View, 'from' | 'to'>): string[] {
  const all = new Set<string>()
  for (const item of data.items) {
    for (const p of item.points) all.add(p.month)
    for (const m of item.notReported ?? []) all.add(m)
  }
  return [...all].filter((m) => m >= view.from && m <= view.to).sort()
}

/**
 * One row per province and month: exactly the numbers the small multiples plot, and a row saying 「尚未上报」 (no
 * number) for a month a province has not reported, with a status column then.
 */
export function multiplesTable(model: MultiplesModel, lang: Lang): TableData {
  const t = messages[lang]
  const missing = model.tiles.some((tile) => tile.notReported.length > 0)
  const target = model.kind === 'attainment'
  return {
    columns: [
      { key: 'name', label: t.region, kind: 'text' },
      { key: 'month', label: t.month, kind: 'month' },
      { key: 'value', label: t.value, kind: 'persons' },
      ...(missing ? [{ key: 'status', label: t.statusLabel, kind: 'text' as const }] : []),
      ...(target ? [{ key: 'target', label: t.targetsTarget, kind: 'persons' as const }] : []),
      { key: 'ratio', label: t.multiplesRatio(model.kind), kind: 'ratio' },
    ],
    rows: model.tiles
      .filter((tile) => tile.covered)
      .flatMap((tile) =>
        model.months.flatMap((month): Row[] => {
          const p = tile.points.find((x) => x.month === month)
          if (p) {
            return [
              {
                name: tile.name,
                month,
                value: p.value,
                ...(missing ? { status: t.statusComplete } : {}),
                ...(target ? { target: p.target } : {}),
                ratio: p.ratio,
              },
            ]
          }
          if (!tile.notReported.includes(month)) return []
          return [
            {
              name: tile.name,
              month,
              value: null,
              status: t.notReported,
              ...(target ? { target: null } : {}),
              ratio: null,
            },
          ]
        }),
      ),
  }
}

/**
 * 「截至2024年8月底，25个省份中19个环比增长，3个尚未完成年度目标任务。」 A province that has not reported the end month
 * is in no count and named instead (「已上报的21个省份均环比增长，西藏尚未上报」); one that has not reported the month
 * before is not compared, and named too.
 */
export function multiplesSummary(model: MultiplesModel, view: Pick<View, 'lang' | 'to'>): string {
  const t = messages[view.lang]
  const covered = model.tiles.filter((tile) => tile.covered)
  if (covered.length === 0) return t.empty
  // named in code order, as every panel names them (lib/reports.ts)
  const byCode = (a: MultipleTile, b: MultipleTile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const missing = covered.filter((tile) => tile.endNotReported).sort(byCode)
  const notCompared = covered.filter((tile) => tile.move?.kind === 'withheld').sort(byCode)
  const counted = covered.filter((tile) => !tile.endNotReported && tile.move?.kind !== 'withheld')
  const names = (tiles: MultipleTile[]) => tiles.map((x) => x.name)
  const count = (tiles: MultipleTile[]): ProvinceCount => ({ count: tiles.length, names: names(tiles) })
  const moves = counted.map((tile) => tile.move?.kind)
  const grew = moves.includes('first')
    ? 'first'
    : moves.includes('restart')
      ? 'restart'
      : count(counted.filter((tile) => tile.move?.kind === 'rose'))
  // counted on the provinces in the sentence's total, so that its counts add up
  const behind =
    model.kind === 'attainment' ? count(counted.filter((tile) => tile.end !== null && !isMet(tile.end))) : null
  if (counted.length === 0) {
    return t.summaryMultiplesNone({
      end: formatMonth(view.to, view.lang, 'full'),
      missing: names(missing),
      notCompared: names(notCompared),
    })
  }
  return t.summaryMultiples({
    end: formatMonth(view.to, view.lang, 'full'),
    total: counted.length,
    grew,
    behind,
    missing: names(missing),
    notCompared: names(notCompared),
  })
}
