/**
 * A horizontal bar chart drawn as plain SVG: a row per item with its label on the left, a bar from zero (leftwards
 * when negative), an optional value label, grid lines and tick labels at the scale's ticks, and an optional
 * reference line. The trend stays with Recharts; the three bar charts are drawn here because updating each through
 * Recharts costs about 20 ms of main thread on an office PC, and every filter change updates them all.
 */
import type { KeyboardEvent } from 'react'
import { chartFont, colors } from './theme'
import { useSize } from './useSize'

export interface HBar {
  key: string
  label: string
  /** a second, smaller line under the label */
  sublabel?: string
  /** null draws no bar (the row stays, so the ranking keeps its place) */
  value: number | null
  fill: string
  /** text at the end of the bar */
  valueLabel?: string
  /** the selected row: its label in bold and the selection colour */
  selected?: boolean
}

export interface HBarChartProps {
  bars: HBar[]
  scale: { domain: [number, number]; ticks: number[] }
  tickFormat: (value: number) => string
  /** room for the labels left of the bars, px */
  labelWidth: number
  barSize: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** value labels in white inside the bar's end, or in text colour after it */
  valueLabels?: 'inside' | 'outside'
  reference?: { value: number; label?: string; strokeWidth?: number }
  /** makes rows selectable by click, and their labels buttons (Enter or Space) with this accessible name */
  select?: { onSelect: (key: string) => void; label: (bar: HBar) => string }
}

/** Height of the tick labels under the plot, as Recharts' default x axis. */
const AXIS_HEIGHT = 30

export function HBarChart(props: HBarChartProps) {
  const [ref, size] = useSize<HTMLDivElement>()
  return (
    <div ref={ref} className="hbar-chart">
      {size.width > 0 && size.height > 0 ? <HBarSvg {...props} width={size.width} height={size.height} /> : null}
    </div>
  )
}

function HBarSvg({
  bars,
  scale,
  tickFormat,
  labelWidth,
  barSize,
  margin,
  valueLabels,
  reference,
  select,
  width,
  height,
}: HBarChartProps & { width: number; height: number }) {
  const left = margin.left + labelWidth
  const right = Math.max(left + 1, width - margin.right)
  const top = margin.top
  const bottom = Math.max(top + 1, height - margin.bottom - AXIS_HEIGHT)
  const [d0, d1] = scale.domain
  const x = (v: number) => left + ((v - d0) / (d1 - d0 || 1)) * (right - left)
  const x0 = x(Math.max(d0, Math.min(d1, 0)))
  const band = (bottom - top) / Math.max(1, bars.length)
  const keyDown = (key: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      select?.onSelect(key)
    }
  }

  return (
    <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <g className="hbar-grid" stroke={colors.grid}>
        {scale.ticks.map((tick) => (
          <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
        ))}
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        <line x1={left} x2={left} y1={top} y2={bottom} />
      </g>
      <g className="hbar-ticks" textAnchor="middle" fontSize={chartFont.fontSize} fill={chartFont.fill}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} stroke={colors.grid} />
            <text x={x(tick)} y={bottom + 8} dy="0.71em">
              {tickFormat(tick)}
            </text>
          </g>
        ))}
      </g>
      {bars.map((bar, i) => {
        const y = top + band * i + band / 2
        const end = bar.value === null ? x0 : x(Math.max(d0, Math.min(d1, bar.value)))
        const inside = valueLabels === 'inside'
        return (
          <g key={bar.key} className="hbar-row">
            <text
              x={left - 6}
              y={y}
              dy={bar.sublabel ? -3 : 4}
              textAnchor="end"
              fontSize={12}
              fill={bar.selected ? colors.selected : colors.text}
              fontWeight={bar.selected ? 700 : 400}
              className={select ? 'region-tick' : undefined}
              role={select ? 'button' : undefined}
              tabIndex={select ? 0 : undefined}
              aria-label={select?.label(bar)}
              aria-current={select && bar.selected ? 'true' : undefined}
              onClick={select ? () => select.onSelect(bar.key) : undefined}
              onKeyDown={select ? keyDown(bar.key) : undefined}
            >
              {bar.label}
            </text>
            {bar.sublabel ? (
              <text x={left - 6} y={y} dy={12} textAnchor="end" fontSize={11} fill={colors.axis}>
                {bar.sublabel}
              </text>
            ) : null}
            {bar.value !== null ? (
              <rect
                x={Math.min(x0, end)}
                y={y - barSize / 2}
                width={Math.abs(end - x0)}
                height={barSize}
                fill={bar.fill}
                className={select ? 'hbar-selectable' : undefined}
                onClick={select ? () => select.onSelect(bar.key) : undefined}
              />
            ) : null}
            {bar.valueLabel && bar.value !== null ? (
              <text
                x={inside ? end - 5 : end + 5}
                y={y}
                dy={4}
                textAnchor={inside ? 'end' : 'start'}
                fontSize={12}
                fill={inside ? '#fff' : colors.text}
              >
                {bar.valueLabel}
              </text>
            ) : null}
          </g>
        )
      })}
      {reference ? (
        <g className="hbar-reference">
          <line
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={top}
            y2={bottom}
            stroke={colors.target}
            strokeDasharray="6 3"
            strokeWidth={reference.strokeWidth ?? 1}
          />
          {reference.label ? (
            <text x={x(reference.value)} y={top - 6} textAnchor="middle" fontSize={12} fill={colors.target}>
              {reference.label}
            </text>
          ) : null}
        </g>
      ) : null}
    </svg>
  )
}
