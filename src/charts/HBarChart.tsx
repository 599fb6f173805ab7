/**
 * A horizontal bar chart drawn as plain SVG: a row per item with its label on the left, a bar from zero (leftwards
 * when negative), an optional value label, grid lines and tick labels at the scale's ticks, and an optional
 * reference line. Drawn here, as the trend's line chart is (LineChart.tsx), because updating each through Recharts
 * cost about 20 ms of main thread on an office PC, and every filter change updates them all.
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import { estimateTextWidth, placeValueLabel, ticksThatFit } from './labels'
import { plotBox } from './scale'
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
  /** the tick labels; only as many are labelled as fit the plot's width without touching */
  tickFormat: (value: number) => string
  /** room for the labels left of the bars, px */
  labelWidth: number
  barSize: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** value labels in white inside the bar's end, or in text colour after it (either way clear of the reference line) */
  valueLabels?: 'inside' | 'outside'
  reference?: { value: number; label?: string; strokeWidth?: number }
  /**
   * Makes the rows a list to choose from (a single-select listbox): a click on a row chooses it; by keyboard the list
   * is one tab stop, Up/Down/Home/End (or a first letter) move between rows and Enter or Space chooses.
   */
  selectable?: {
    /** the list's accessible name */
    label: string
    /** a row's accessible name */
    rowLabel: (bar: HBar) => string
    onSelectRow: (key: string) => void
  }
}

/** Height of the tick labels under the plot. */
const AXIS_HEIGHT = 30
const VALUE_FONT_SIZE = 12

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
  valueLabels = 'outside',
  reference,
  selectable,
  width,
  height,
}: HBarChartProps & { width: number; height: number }) {
  const { left, right, top, bottom } = plotBox({ width, height }, margin, { left: labelWidth, bottom: AXIS_HEIGHT })
  const [d0, d1] = scale.domain
  const x = (v: number) => left + ((v - d0) / (d1 - d0 || 1)) * (right - left)
  const x0 = x(Math.max(d0, Math.min(d1, 0)))
  const band = (bottom - top) / Math.max(1, bars.length)
  const ticks = ticksThatFit(scale.ticks, x, (tick) => estimateTextWidth(tickFormat(tick), chartFont.fontSize))
  const referenceX = reference ? x(reference.value) : undefined
  const rows = useRoving(bars, selectable)

  return (
    <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <g className="hbar-grid" stroke={colors.grid}>
        {ticks.map((tick) => (
          <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
        ))}
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        <line x1={left} x2={left} y1={top} y2={bottom} />
      </g>
      <g className="hbar-ticks" textAnchor="middle" fontSize={chartFont.fontSize} fill={chartFont.fill}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} stroke={colors.grid} />
            <text x={x(tick)} y={bottom + 8} dy="0.71em">
              {tickFormat(tick)}
            </text>
          </g>
        ))}
      </g>
      <g {...rows.list}>
        {bars.map((bar, i) => {
          const y = top + band * i + band / 2
          const end = bar.value === null ? x0 : x(Math.max(d0, Math.min(d1, bar.value)))
          const label =
            bar.valueLabel && bar.value !== null
              ? placeValueLabel({
                  end,
                  zero: x0,
                  width: estimateTextWidth(bar.valueLabel, VALUE_FONT_SIZE),
                  prefer: valueLabels,
                  reference: referenceX,
                  chartWidth: width,
                })
              : null
          return (
            <g key={bar.key} className={selectable ? 'hbar-row hbar-option' : 'hbar-row'} {...rows.row(bar)}>
              <text
                x={left - 6}
                y={y}
                dy={bar.sublabel ? -3 : 4}
                textAnchor="end"
                fontSize={12}
                fill={bar.selected ? colors.selected : colors.text}
                fontWeight={bar.selected ? 700 : 400}
                className={selectable ? 'region-tick' : undefined}
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
                  className={selectable ? 'hbar-selectable' : undefined}
                />
              ) : null}
              {label ? (
                <text
                  className="hbar-value"
                  x={label.x}
                  y={y}
                  dy={4}
                  textAnchor={label.anchor}
                  fontSize={VALUE_FONT_SIZE}
                  fill={label.inside ? '#fff' : colors.text}
                >
                  {bar.valueLabel}
                </text>
              ) : null}
            </g>
          )
        })}
      </g>
      {reference && referenceX !== undefined ? (
        <g className="hbar-reference">
          <line
            x1={referenceX}
            x2={referenceX}
            y1={top}
            y2={bottom}
            stroke={colors.target}
            strokeDasharray="6 3"
            strokeWidth={reference.strokeWidth ?? 1}
          />
          {reference.label ? (
            <text x={referenceX} y={top - 6} textAnchor="middle" fontSize={12} fill={colors.target}>
              {reference.label}
            </text>
          ) : null}
        </g>
      ) : null}
    </svg>
  )
}

/**
 * The rows as a single-select listbox with a roving tab stop (WAI-ARIA APG, listbox): the list is one Tab stop, on
 * the row last focused (at first the selected row, or the first); arrows, Home, End and a first letter move focus;
 * Enter or Space chooses the focused row. The chosen row is `aria-selected` and `aria-current`. Without `selectable`
 * the rows are plain groups.
 */
function useRoving(bars: HBar[], selectable: HBarChartProps['selectable']) {
  const listRef = useRef<SVGGElement>(null)
  const [focused, setFocused] = useState<string | null>(null)
  if (!selectable) return { list: {}, row: () => ({}) }

  // The row that takes the tab stop: the one last focused while it is still shown, else the chosen one, else the first.
  const stop = bars.find((b) => b.key === focused)?.key ?? bars.find((b) => b.selected)?.key ?? bars[0]?.key
  const focusRow = (index: number) => {
    const options = listRef.current?.querySelectorAll<SVGGElement>('[role="option"]')
    options?.[Math.max(0, Math.min(bars.length - 1, index))]?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const index = bars.findIndex((b) => b.key === stop)
    if (e.key === 'ArrowDown') focusRow(index + 1)
    else if (e.key === 'ArrowUp') focusRow(index - 1)
    else if (e.key === 'Home') focusRow(0)
    else if (e.key === 'End') focusRow(bars.length - 1)
    else if ((e.key === 'Enter' || e.key === ' ') && stop !== undefined) selectable.onSelectRow(stop)
    else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Type-ahead: the next row whose name starts with the letter typed, after the focused one.
      const letter = e.key.toLocaleLowerCase()
      const order = bars.map((_, i) => (index + 1 + i) % bars.length)
      const next = order.find((i) => bars[i].label.toLocaleLowerCase().startsWith(letter))
      if (next === undefined) return
      focusRow(next)
    } else return
    e.preventDefault()
  }

  return {
    list: {
      ref: listRef,
      role: 'listbox',
      'aria-label': selectable.label,
      className: 'hbar-options',
      onKeyDown,
    },
    row: (bar: HBar) => ({
      role: 'option',
      tabIndex: bar.key === stop ? 0 : -1,
      'aria-label': selectable.rowLabel(bar),
      'aria-selected': bar.selected === true,
      'aria-current': bar.selected ? ('true' as const) : undefined,
      onFocus: () => setFocused(bar.key),
      onClick: () => selectable.onSelectRow(bar.key),
    }),
  }
}
