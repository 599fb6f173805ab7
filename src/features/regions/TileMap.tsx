/** The tile map: each province coloured by the panel's metric with its number printed, the 9 others outlined. */
import { useId } from 'react'
import { colors } from '../../charts/theme'
import type { Lang } from '../../lib/format'
import type { Compare } from '../../lib/view'
import type { MapModel } from './map'
import { messages } from './messages'
import type { RankMetric } from './regions'
import {
  LEGEND_BOX,
  NotCoveredSwatch,
  NotReportedPattern,
  NotReportedSwatch,
  patternId,
  TILE,
  TileGrid,
  TileName,
  TileRect,
} from './TileGrid'

export function TileMap({
  model,
  metric,
  compare,
  lang,
  selected,
  onSelect,
}: {
  model: MapModel
  metric: RankMetric
  compare: Compare
  lang: Lang
  selected: string
  onSelect: (region: string) => void
}) {
  const t = messages[lang]
  const metricName = t.mapMetric(metric, compare)
  const pattern = patternId(useId())
  const anyNotReported = model.tiles.some((tile) => tile.notReported)
  const tiles = model.tiles.map((tile) => {
    const fill = tile.fill
    const ink = fill?.text ?? colors.text
    const million = lang === 'en' && tile.shown?.endsWith(' million')
    return {
      key: tile.id,
      row: tile.row,
      col: tile.col,
      label: tile.notReported
        ? t.mapTileNotReported(tile.name)
        : tile.covered
          ? t.mapTile(tile.name, metricName, tile.shown ?? '—')
          : t.mapTileNotCovered(tile.name),
      tooltip: tile.tooltip,
      onSelect: tile.covered ? () => onSelect(tile.id) : undefined,
      selected: tile.covered && tile.id === selected,
      children: (
        <>
          <TileRect
            covered={tile.covered}
            fill={fill?.fill ?? '#ffffff'}
            stroke="none"
            notReported={tile.notReported ? pattern : undefined}
          />
          <TileName name={tile.name} fill={ink} lang={lang} />
          {tile.notReported ? (
            <NotReportedLabel text={t.notReportedTile} />
          ) : tile.covered ? (
            <text x={TILE / 2} y={million ? 48 : 54} textAnchor="middle" fontSize={13} fontWeight={700} fill={ink}>
              {million ? tile.shown!.replace(' million', '') : (tile.shown ?? '—')}
              {million ? (
                <tspan x={TILE / 2} dy={14} fontSize={10} fontWeight={400}>
                  million
                </tspan>
              ) : null}
            </text>
          ) : (
            <text x={TILE / 2} y={54} textAnchor="middle" fontSize={11} fill={colors.axis}>
              {t.mapNotCovered}
            </text>
          )}
        </>
      ),
    }
  })

  const rowHeight = 22
  const legendTop = LEGEND_BOX.y + 30
  const legend = (
    <g fontSize={12} fill={colors.text}>
      <text x={8} y={18} fontWeight={700}>
        {metricName}
      </text>
      {model.legend.map((c, i) => (
        <g key={i} transform={`translate(8 ${legendTop + i * rowHeight})`}>
          <rect width={18} height={14} fill={c.fill} stroke={colors.grid} />
          <text x={26} y={11}>
            {c.label}
          </text>
        </g>
      ))}
      <g transform={`translate(8 ${legendTop + model.legend.length * rowHeight})`}>
        <NotCoveredSwatch />
        <text x={26} y={11}>
          {t.mapNotCovered}
        </text>
      </g>
      {anyNotReported ? (
        <g transform={`translate(8 ${legendTop + (model.legend.length + 1) * rowHeight})`}>
          <NotReportedSwatch pattern={pattern} />
          <text x={26} y={11}>
            {t.notReportedTile}
          </text>
        </g>
      ) : null}
      {model.target !== null ? (
        <text
          x={8}
          y={legendTop + (model.legend.length + (anyNotReported ? 2 : 1)) * rowHeight + 12}
          fill={colors.target}
          fontWeight={700}
        >
          {t.mapTargetBreak(model.target)}
        </text>
      ) : null}
    </g>
  )

  return (
    <TileGrid
      label={t.mapTiles(metricName)}
      tiles={tiles}
      legend={legend}
      defs={anyNotReported ? <NotReportedPattern id={pattern} /> : null}
    />
  )
}

/** 未上报 / Not reported on a hatched tile, on a white plate so that it reads over the hatching (English on two lines). */
function NotReportedLabel({ text }: { text: string }) {
  const lines = text.includes(' ') ? text.split(' ') : [text]
  const height = lines.length * 13 + 6
  const top = 48 - height / 2 + 4
  return (
    <g>
      <rect x={6} y={top} width={TILE - 12} height={height} rx={3} fill="#ffffff" stroke={colors.grid} />
      <text x={TILE / 2} y={top + 14} textAnchor="middle" fontSize={12} fontWeight={700} fill={colors.text}>
        {lines.map((line, i) => (
          <tspan key={i} x={TILE / 2} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
