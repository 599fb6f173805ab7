/**
 * The small multiples: a small line per province on the tile grid, one scale for all, 100% dashed, streak bold. Plain
 * SVG inside the tile grid (TileGrid.tsx says why not Recharts: no tile layout, and 25 charts with 25 stores).
 */
import { colors } from '../../charts/theme'
import { formatMonth, formatPercent, type Lang } from '../../lib/format'
import { messages } from './messages'
import type { MultiplesModel, MultipleTile } from './multiples'
import { NotCoveredSwatch, TileGrid, TileName, TileRect, TILE, type GridTile } from './TileGrid'

/** The plot inside a tile, under its name and number. */
const PLOT = { left: 5, right: TILE - 5, top: 36, bottom: TILE - 6 } as const

function Spark({ tile, model }: { tile: MultipleTile; model: MultiplesModel }) {
  const [d0, d1] = model.scale.domain
  const n = Math.max(1, model.months.length - 1)
  const x = (i: number) => PLOT.left + (i / n) * (PLOT.right - PLOT.left)
  const y = (r: number) =>
    PLOT.bottom - ((Math.min(d1, Math.max(d0, r)) - d0) / (d1 - d0 || 1)) * (PLOT.bottom - PLOT.top)
  // Placed by month, so that a month not reported stays an empty place on the line (and the latest, when it is one).
  const point = new Map(tile.points.map((p) => [p.month, p]))
  const at = model.months.map((month, i) => {
    const ratio = point.get(month)?.ratio ?? null
    return ratio === null ? null : ([x(i), y(ratio)] as const)
  })
  const path = (keep: (i: number) => boolean) =>
    at
      .map((pt, i) => (pt && keep(i) ? `${i > 0 && at[i - 1] && keep(i - 1) ? 'L' : 'M'}${pt[0]},${pt[1]}` : ''))
      .join('')
  const streak = model.months.map((month) => point.get(month)?.streak ?? false)
  const last = tile.endNotReported ? null : at.at(-1)
  return (
    <g>
      <rect x={PLOT.left} y={PLOT.top} width={PLOT.right - PLOT.left} height={PLOT.bottom - PLOT.top} fill="#ffffff" />
      <line x1={PLOT.left} x2={PLOT.right} y1={y(1)} y2={y(1)} stroke={colors.target} strokeDasharray="3 2" />
      <path d={path(() => true)} fill="none" stroke={colors.current} strokeWidth={1.5} />
      <path d={path((i) => streak[i])} fill="none" stroke={colors.streak} strokeWidth={3} />
      {last ? <circle cx={last[0]} cy={last[1]} r={2.5} fill={colors.streak} /> : null}
    </g>
  )
}

export function SmallMultiples({
  label,
  model,
  lang,
  selected,
  onSelect,
}: {
  /** the drawing's accessible name */
  label: string
  model: MultiplesModel
  lang: Lang
  selected: string
  onSelect: (region: string) => void
}) {
  const t = messages[lang]
  const ratio = t.multiplesRatio(model.kind)
  const end = model.months.at(-1)
  const month = end ? formatMonth(end, lang) : ''
  const tiles = model.tiles.map((tile): GridTile => {
    // a province that has not reported the end month says so where its number would be (never an earlier month's)
    const shown = tile.endNotReported ? t.notReportedTile : tile.end === null ? '—' : formatPercent(tile.end, lang)
    return {
      key: tile.id,
      row: tile.row,
      col: tile.col,
      label: !tile.covered
        ? t.mapTileNotCovered(tile.name)
        : tile.endNotReported
          ? t.multiplesTileNotReported(tile.name, month)
          : t.multiplesTile(tile.name, month, ratio, shown),
      tooltip: !tile.covered
        ? undefined
        : tile.endNotReported
          ? [tile.name, t.multiplesTipNotReported(month)]
          : [tile.name, `${month} ${ratio}${lang === 'zh' ? '：' : ': '}${shown}`],
      onSelect: tile.covered ? () => onSelect(tile.id) : undefined,
      selected: tile.covered && tile.id === selected,
      children: (
        <>
          <TileRect covered={tile.covered} fill="#f4f6f9" stroke={colors.grid} />
          <TileName name={tile.name} y={13} fill={colors.text} lang={lang} wrap={false} />
          {tile.covered ? (
            <>
              <text
                x={TILE / 2}
                y={29}
                textAnchor="middle"
                fontSize={12}
                fontWeight={700}
                fill={tile.endNotReported ? colors.axis : colors.text}
                data-not-reported={tile.endNotReported ? 'true' : undefined}
              >
                {shown}
              </text>
              <Spark tile={tile} model={model} />
            </>
          ) : (
            <text x={TILE / 2} y={50} textAnchor="middle" fontSize={11} fill={colors.axis}>
              {t.mapNotCovered}
            </text>
          )}
        </>
      ),
    }
  })
  const [low, high] = model.scale.domain
  const legend = (
    <g fontSize={12} fill={colors.text} transform="translate(8 0)">
      <text y={18} fontWeight={700}>
        {ratio}
      </text>
      <line x1={0} x2={24} y1={38} y2={38} stroke={colors.current} strokeWidth={1.5} />
      <text x={32} y={42}>
        {t.trendCurrent}
      </text>
      <line x1={0} x2={24} y1={60} y2={60} stroke={colors.streak} strokeWidth={3} />
      <text x={32} y={64}>
        {t.trendStreak}
      </text>
      <line x1={0} x2={24} y1={82} y2={82} stroke={colors.target} strokeDasharray="3 2" />
      <text x={32} y={86}>
        {model.kind === 'attainment' ? t.mapTargetBreak(formatPercent(1, lang, { digits: 0 })) : t.multiplesBase}
      </text>
      <text y={110} fill={colors.axis}>
        {t.multiplesScale(formatPercent(low, lang, { digits: 0 }), formatPercent(high, lang, { digits: 0 }))}
      </text>
      <NotCoveredSwatch y={122} />
      <text x={26} y={133}>
        {t.mapNotCovered}
      </text>
      {model.tiles.some((tile) => tile.endNotReported) ? (
        <text y={156} fill={colors.axis}>
          {t.multiplesNotReportedKey(t.notReportedTile)}
        </text>
      ) : null}
    </g>
  )
  return <TileGrid label={label} tiles={tiles} legend={legend} />
}
