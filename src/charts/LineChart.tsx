/**
 * A line chart over months drawn as plain SVG: lines (straight or stepped, dashed, with dots), shaded bands with
 * names above the plot, horizontal grid lines and tick labels at the scale's ticks, and an optional reference line.
 * A tooltip follows the pointer; by keyboard the chart is one tab stop where Left/Right, Home and End read month by
 * month (the tooltip shows it, and a live region says it to screen readers).
 *
 * Written here rather than drawn with Recharts, as the bar charts are (HBarChart.tsx): Recharts renders each update
 * three times (it copies props into its store in effects), about 60% of a filter change's main-thread work, and it
 * was the largest part of the panels' code. This draws the same picture in one render.
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react'
import { ChartTooltip } from './ChartTooltip'
import { linePath, monthCells, valueScale } from './lineLayout'
import { plotBox } from './scale'
import { chartFont, colors } from './theme'
import { useSize } from './useSize'

export interface LineSeries {
  /** the key of its values in the rows */
  key: string
  color: string
  width: number
  dash?: string
  /** the value holds until the next month, then changes (an annual target) */
  step?: boolean
  dot?: { r: number; fill: string; strokeWidth: number }
}

export interface LineBand {
  id: string
  /** first and last month covered, inclusive */
  from: string
  to: string
  /** written in the strip above the plot, from the band's left edge or to its right edge, on line 0 or 1 */
  label?: { text: string; align: 'start' | 'end'; line: number } | null
}

export interface LineChartProps {
  rows: readonly { month: string }[]
  /** drawn in this order, the last on top */
  series: readonly LineSeries[]
  scale: { domain: [number, number]; ticks: number[] }
  yTickFormat: (value: number) => string
  /** the months labelled on the x axis */
  xTicks: readonly string[]
  xTickFormat: (month: string) => string
  bands?: readonly LineBand[]
  /** a horizontal line at this value (100% on a share axis), when it is in the domain */
  reference?: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** what the tooltip says of a month: a title, then lines */
  tooltip: (index: number) => string[]
  /** the chart's accessible name, which says how to read it by keyboard */
  label: string
}

/** Width of the tick labels left of the plot, and height of those under it. */
const Y_AXIS_WIDTH = 64
const X_AXIS_HEIGHT = 30
/** Height of the strip above the plot where band names are written, two lines of them. */
export const BAND_LABEL_STRIP = 32

export function LineChart(props: LineChartProps) {
  const [ref, size] = useSize<HTMLDivElement>()
  return (
    <div ref={ref} className="line-chart">
      {size.width > 0 && size.height > 0 ? <LineSvg {...props} width={size.width} height={size.height} /> : null}
    </div>
  )
}

const valueOf = (row: { month: string }, key: string) => {
  const v = (row as unknown as Record<string, unknown>)[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function LineSvg({
  rows,
  series,
  scale,
  yTickFormat,
  xTicks,
  xTickFormat,
  bands = [],
  reference,
  margin,
  tooltip,
  label,
  width,
  height,
}: LineChartProps & { width: number; height: number }) {
  const { left, right, top, bottom } = plotBox({ width, height }, margin, { left: Y_AXIS_WIDTH, bottom: X_AXIS_HEIGHT })
  const cells = monthCells(rows.length, left, right)
  const y = valueScale(scale.domain, top, bottom)
  const index = new Map(rows.map((r, i) => [r.month, i]))
  const [low, high] = scale.domain
  const inDomain = (v: number) => v >= low && v <= high

  // The month read: by pointer, or by keyboard (then also said by the live region).
  const [active, setActive] = useState<{ index: number; keyboard: boolean } | null>(null)
  const shown = active && active.index >= 0 && active.index < rows.length ? active : null
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const i = cells.at(e.clientX - box.left)
    if (shown?.index !== i || shown.keyboard) setActive({ index: i, keyboard: false })
  }
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = rows.length - 1
    const current = shown?.index ?? last
    const next =
      e.key === 'ArrowLeft'
        ? current - 1
        : e.key === 'ArrowRight'
          ? current + 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null
    if (e.key === 'Escape') setActive(null)
    if (next === null) return
    e.preventDefault()
    setActive({ index: Math.max(0, Math.min(last, next)), keyboard: true })
  }
  const tipLines = shown ? tooltip(shown.index) : []
  const tipX = shown ? cells.x(shown.index) : 0
  const tipOnLeft = tipX > (left + right) / 2

  return (
    <>
      <svg
        className="chart-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        aria-label={label}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive((a) => (a?.keyboard ? a : null))}
        onFocus={() => setActive((a) => a ?? { index: rows.length - 1, keyboard: true })}
        onBlur={() => setActive(null)}
        onKeyDown={onKeyDown}
      >
        <g className="line-chart-bands" fill={colors.band}>
          {bands.map((b) => {
            const from = index.get(b.from)
            const to = index.get(b.to)
            if (from === undefined || to === undefined) return null
            return (
              <rect
                key={b.id}
                x={cells.edge(from)}
                width={cells.edge(to + 1) - cells.edge(from)}
                y={top}
                height={bottom - top}
              />
            )
          })}
        </g>
        <g className="line-chart-band-labels" fontSize={11} fill={colors.bandText}>
          {bands.map((b) => {
            const from = index.get(b.from)
            const to = index.get(b.to)
            if (!b.label || from === undefined || to === undefined) return null
            const start = b.label.align === 'start'
            return (
              <text
                key={b.id}
                x={start ? cells.edge(from) + 2 : cells.edge(to + 1) - 2}
                y={top - BAND_LABEL_STRIP + 12 + 15 * b.label.line}
                textAnchor={b.label.align}
              >
                {b.label.text}
              </text>
            )
          })}
        </g>
        <g className="line-chart-grid" stroke={colors.grid}>
          {scale.ticks.filter(inDomain).map((tick) => (
            <line key={tick} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          ))}
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
          <line x1={left} x2={left} y1={top} y2={bottom} />
        </g>
        <g className="line-chart-y-ticks" textAnchor="end" fontSize={chartFont.fontSize} fill={chartFont.fill}>
          {scale.ticks.filter(inDomain).map((tick) => (
            <g key={tick}>
              <line x1={left - 6} x2={left} y1={y(tick)} y2={y(tick)} stroke={colors.grid} />
              <text x={left - 8} y={y(tick)} dy="0.355em">
                {yTickFormat(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="line-chart-x-ticks" textAnchor="middle" fontSize={chartFont.fontSize} fill={chartFont.fill}>
          {xTicks.map((month) => {
            const i = index.get(month)
            if (i === undefined) return null
            return (
              <g key={month}>
                <line x1={cells.x(i)} x2={cells.x(i)} y1={bottom} y2={bottom + 6} stroke={colors.grid} />
                <text x={cells.x(i)} y={bottom + 8} dy="0.71em">
                  {xTickFormat(month)}
                </text>
              </g>
            )
          })}
        </g>
        {reference !== undefined && inDomain(reference) ? (
          <line
            className="line-chart-reference"
            x1={left}
            x2={right}
            y1={y(reference)}
            y2={y(reference)}
            stroke={colors.axis}
          />
        ) : null}
        {shown ? (
          <line
            className="line-chart-cursor"
            x1={cells.x(shown.index)}
            x2={cells.x(shown.index)}
            y1={top}
            y2={bottom}
            stroke={colors.axis}
            strokeDasharray="2 2"
          />
        ) : null}
        {series.map((s) => {
          const points = rows.map((row, i) => {
            const v = valueOf(row, s.key)
            return v === null ? null : { x: cells.x(i), y: y(v) }
          })
          return (
            <g key={s.key} className="line-chart-series" data-series={s.key}>
              <path
                className="line-chart-line"
                d={linePath(points, s.step)}
                fill="none"
                stroke={s.color}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              />
              {s.dot
                ? points.map((p, i) =>
                    p ? (
                      <circle
                        key={i}
                        cx={p.x}
                        cy={p.y}
                        r={s.dot!.r}
                        fill={s.dot!.fill}
                        stroke={s.color}
                        strokeWidth={s.dot!.strokeWidth}
                      />
                    ) : null,
                  )
                : null}
            </g>
          )
        })}
      </svg>
      {shown && tipLines.length > 0 ? (
        <ChartTooltip
          lines={tipLines}
          className="line-chart-tooltip"
          style={{
            left: tipOnLeft ? tipX - 12 : tipX + 12,
            top: top + 4,
            transform: tipOnLeft ? 'translateX(-100%)' : undefined,
          }}
        />
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {shown?.keyboard ? tipLines.map((line, i) => <p key={i}>{line}</p>) : null}
      </div>
    </>
  )
}
