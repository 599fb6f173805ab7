/**
 * A horizontal bar chart drawn by Recharts (`BarChart layout="vertical"`): a row per item with its label (and an
 * optional second line) on the left, a bar from zero (leftwards when negative), an optional value label placed clear
 * of the reference line (labels.ts), grid lines and ticks at the model's ticks, only as many labelled as fit.
 *
 * With `selectable` the rows are a single-select listbox (WAI-ARIA APG): one tab stop, Up/Down/Home/End or a first
 * letter move between rows, Enter or Space chooses, and a click or tap anywhere on a row chooses it.
 */
import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  DefaultZIndexes,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
} from 'recharts'
import { AxisTick } from './AxisTick'
import { useReportDrawn, type ExpectedMarks } from './drawn'
import { estimateTextWidth, hbarRowLayout, placeValueLabel, STACKED_LINE, ticksThatFit } from './labels'
import { chartFont, colors } from './theme'
import { noLines, verticalLinesAt } from './grid'
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
  /** a row without a bar says why in words, at the start of the plot (「尚未上报」) */
  note?: string
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

/** Row labels written above the bars (a narrow chart, labels.ts `hbarRowLayout`): where each row's band starts. */
interface Stacked {
  /** a row's band height, px */
  band: number
  /** the text's height above each bar */
  textHeight: number
  barSize: number
  /** x where the text starts */
  left: number
}

/** Height of the tick labels under the plot. */
const AXIS_HEIGHT = 30
const VALUE_FONT_SIZE = 12

export function HBarChart(props: HBarChartProps) {
  const [ref, size] = useSize<HTMLDivElement>()
  return (
    <div ref={ref} className="hbar-chart">
      {size.width > 0 && size.height > 0 ? <HBarDrawing {...props} width={size.width} height={size.height} /> : null}
    </div>
  )
}

/** The Recharts drawing, memoised: a parent's render with the same props draws nothing again. */
const HBarDrawing = memo(function HBarDrawing({
  bars,
  scale,
  tickFormat,
  valueLabels = 'outside',
  reference,
  selectable,
  width,
  height,
  ...asked
}: HBarChartProps & { width: number; height: number }) {
  // On a narrow chart (a phone) the labels may go above the bars, which then have the width (labels.ts).
  const layout = hbarRowLayout({
    width,
    height,
    rows: bars.length,
    lines: bars.some((b) => b.sublabel) ? 2 : 1,
    labelWidth: asked.labelWidth,
    barSize: asked.barSize,
    margin: asked.margin,
    axisHeight: AXIS_HEIGHT,
  })
  const { labelWidth, barSize, margin } = layout
  const stacked = useMemo<Stacked | null>(
    () =>
      layout.stacked
        ? {
            band: (height - margin.top - margin.bottom - AXIS_HEIGHT) / Math.max(1, bars.length),
            textHeight: layout.textHeight,
            barSize,
            left: margin.left,
          }
        : null,
    [layout.stacked, layout.textHeight, height, margin.top, margin.bottom, margin.left, bars.length, barSize],
  )
  // Which ticks to label, from the plot's width and the labels' estimated widths: no text is measured.
  const ticks = useMemo(() => {
    const left = margin.left + labelWidth
    const right = Math.max(left + 1, width - margin.right)
    const [d0, d1] = scale.domain
    const x = (v: number) => left + ((v - d0) / (d1 - d0 || 1)) * (right - left)
    return ticksThatFit(scale.ticks, x, (tick) => estimateTextWidth(tickFormat(tick), chartFont.fontSize))
  }, [margin.left, margin.right, labelWidth, width, scale, tickFormat])
  const xGrid = useMemo(() => verticalLinesAt(ticks), [ticks])
  const byKey = useMemo(() => new Map(bars.map((b) => [b.key, b])), [bars])
  const drawnBars = bars.filter((b) => b.value !== null)
  const [d0, d1] = scale.domain
  // every mark these props call for, which the export waits to see drawn (charts/drawn.ts)
  const expected: ExpectedMarks = [
    ['rect[data-bar]', drawnBars.length],
    ['.hbar-label', bars.length],
    ['text.hbar-note', bars.filter((b) => b.value === null && b.note).length],
    ['text.hbar-value', drawnBars.filter((b) => b.valueLabel).length],
    ['text[data-axis="x"]', ticks.length],
    ['line[data-reference]', reference && reference.value >= d0 && reference.value <= d1 ? 1 : 0],
  ]

  return (
    <BarChart
      className="hbar-drawing"
      data-surface="bars"
      layout="vertical"
      width={width}
      height={height}
      data={bars}
      margin={margin}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <CartesianGrid
        horizontal={false}
        stroke={colors.grid}
        verticalCoordinatesGenerator={xGrid}
        horizontalCoordinatesGenerator={noLines}
      />
      <XAxis
        type="number"
        domain={scale.domain}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        height={AXIS_HEIGHT}
        tick={<AxisTick axis="x" format={tickFormat} />}
        stroke={colors.grid}
        tickSize={6}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={labelWidth}
        interval={0}
        tick={<RowLabel byKey={byKey} stacked={stacked} />}
        tickLine={false}
        tickSize={0}
        tickMargin={6}
        stroke={colors.grid}
      />
      <Bar dataKey="value" barSize={barSize} isAnimationActive={false} shape={<BarShape stacked={stacked} />}>
        <LabelList
          dataKey="valueLabel"
          content={
            <ValueLabel
              bars={bars}
              prefer={valueLabels}
              reference={reference?.value}
              chartWidth={width}
              domain={scale.domain}
              stacked={stacked}
            />
          }
        />
      </Bar>
      {reference ? (
        <ReferenceLine
          x={reference.value}
          stroke={colors.target}
          strokeDasharray="6 3"
          strokeWidth={reference.strokeWidth ?? 1}
          ifOverflow="hidden"
          data-reference={reference.value}
          label={
            reference.label
              ? { value: reference.label, position: 'top', fill: colors.target, fontSize: 12, offset: 6 }
              : undefined
          }
        />
      ) : null}
      {selectable ? (
        // above everything Recharts draws (labels are its top layer), so that a click anywhere on a row reaches it
        <ZIndexLayer zIndex={DefaultZIndexes.label + 100}>
          <RowOptions bars={bars} selectable={selectable} />
        </ZIndexLayer>
      ) : null}
      <DrawnMark expected={expected} />
    </BarChart>
  )
})

/**
 * A row's label at the category axis: bold in the selection colour when chosen, a smaller second line below; on a
 * narrow chart (`stacked`) both lines above the bar, from the plot's left edge.
 */
function RowLabel(props: {
  byKey: Map<string, HBar>
  stacked: Stacked | null
  x?: number
  y?: number
  payload?: { value: string }
}) {
  const bar = props.payload ? props.byKey.get(props.payload.value) : undefined
  if (!bar || props.x === undefined || props.y === undefined) return null
  const { stacked } = props
  if (stacked) {
    // the text just above its bar: a row of one line has the spare room above it
    const barTop = props.y - stacked.band / 2 + stacked.textHeight
    const top = barTop - 2 - (bar.sublabel ? 2 : 1) * STACKED_LINE
    const x = stacked.left
    return (
      <g className="hbar-label" data-row={bar.key}>
        <text
          x={x}
          y={top + STACKED_LINE - 3}
          textAnchor="start"
          fontSize={12}
          fill={bar.selected ? colors.selected : colors.text}
          fontWeight={bar.selected ? 700 : 400}
        >
          {bar.label}
        </text>
        {bar.sublabel ? (
          <text x={x} y={top + 2 * STACKED_LINE - 3} textAnchor="start" fontSize={12} fill={colors.axis}>
            {bar.sublabel}
          </text>
        ) : null}
        {bar.value === null && bar.note ? (
          <text
            className="hbar-note"
            x={x}
            y={barTop + stacked.barSize / 2}
            dy={4}
            fontSize={12}
            fill={colors.axis}
            fontStyle="italic"
          >
            {bar.note}
          </text>
        ) : null}
      </g>
    )
  }
  const x = props.x
  return (
    <g className="hbar-label" data-row={bar.key}>
      <text
        x={x}
        y={props.y}
        dy={bar.sublabel ? -3 : 4}
        textAnchor="end"
        fontSize={12}
        fill={bar.selected ? colors.selected : colors.text}
        fontWeight={bar.selected ? 700 : 400}
      >
        {bar.label}
      </text>
      {bar.sublabel ? (
        <text x={x} y={props.y} dy={12} textAnchor="end" fontSize={11} fill={colors.axis}>
          {bar.sublabel}
        </text>
      ) : null}
      {bar.value === null && bar.note ? (
        // in the plot, where the bar would start: the row says in words why it has none
        <text className="hbar-note" x={x + 12} y={props.y} dy={4} fontSize={12} fill={colors.axis} fontStyle="italic">
          {bar.note}
        </text>
      ) : null}
    </g>
  )
}

/** A bar, in its item's colour, marked with its row; under its text when the labels are above the bars. */
function BarShape(props: {
  stacked: Stacked | null
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: HBar
}) {
  const { x = 0, y = 0, width = 0, height = 0, payload, stacked } = props
  if (!payload || payload.value === null) return null
  const top = Math.min(y, y + height)
  return (
    <rect
      x={Math.min(x, x + width)}
      y={stacked ? top + Math.abs(height) / 2 - stacked.band / 2 + stacked.textHeight : top}
      width={Math.abs(width)}
      height={Math.abs(height)}
      fill={payload.fill}
      data-bar={payload.key}
    />
  )
}

/** A bar's value label, where labels.ts places it: at the bar's end as preferred, else clear of the reference line. */
function ValueLabel(props: {
  bars: HBar[]
  prefer: 'inside' | 'outside'
  reference?: number
  chartWidth: number
  /** the value axis's domain: a bar beyond it is drawn to its edge */
  domain: [number, number]
  stacked: Stacked | null
  index?: number
  y?: number | string
  height?: number | string
}) {
  const xScale = useXAxisScale()
  const bar = props.index === undefined ? undefined : props.bars[props.index]
  if (!xScale || !bar || bar.value === null || !bar.valueLabel) return null
  const at = (v: number) => Number(xScale(v))
  const [d0, d1] = props.domain
  const clamp = (v: number) => Math.max(d0, Math.min(d1, v))
  const zero = at(clamp(0))
  const end = at(clamp(bar.value))
  const label = placeValueLabel({
    end,
    zero,
    width: estimateTextWidth(bar.valueLabel, VALUE_FONT_SIZE),
    prefer: props.prefer,
    reference: props.reference === undefined ? undefined : at(props.reference),
    chartWidth: props.chartWidth,
  })
  const centre = Number(props.y ?? 0) + Number(props.height ?? 0) / 2
  const { stacked } = props
  const y = stacked ? centre - stacked.band / 2 + stacked.textHeight + stacked.barSize / 2 : centre
  return (
    <text
      className="hbar-value"
      x={label.x}
      y={y}
      dy={4}
      textAnchor={label.anchor}
      fontSize={VALUE_FONT_SIZE}
      fill={label.inside ? '#fff' : colors.text}
      data-row={bar.key}
    >
      {bar.valueLabel}
    </text>
  )
}

/**
 * The rows as a single-select listbox with a roving tab stop (WAI-ARIA APG, listbox), laid over the chart: each row
 * is an option covering its label and its bar. The list is one Tab stop, on the row last focused (at first the
 * selected row, or the first); arrows, Home, End and a first letter move focus; Enter or Space chooses the focused
 * row. The chosen row is `aria-selected` and `aria-current`.
 */
function RowOptions({ bars, selectable }: { bars: HBar[]; selectable: NonNullable<HBarChartProps['selectable']> }) {
  const plot = usePlotArea()
  const listRef = useRef<SVGGElement>(null)
  const [focused, setFocused] = useState<string | null>(null)
  if (!plot) return null

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

  const band = plot.height / Math.max(1, bars.length)
  return (
    <g ref={listRef} role="listbox" aria-label={selectable.label} className="hbar-options" onKeyDown={onKeyDown}>
      {bars.map((bar, i) => (
        <g
          key={bar.key}
          role="option"
          className="hbar-option"
          tabIndex={bar.key === stop ? 0 : -1}
          aria-label={selectable.rowLabel(bar)}
          aria-selected={bar.selected === true}
          aria-current={bar.selected ? 'true' : undefined}
          data-row={bar.key}
          onFocus={() => setFocused(bar.key)}
          onClick={() => selectable.onSelectRow(bar.key)}
        >
          <rect x={0} y={plot.y + band * i} width={plot.x + plot.width} height={band} fill="transparent" />
        </g>
      ))}
    </g>
  )
}

/** Says the chart has drawn (charts/drawn.ts) once its surface holds every mark its props call for. */
function DrawnMark({ expected }: { expected: ExpectedMarks }) {
  const ref = useRef<SVGGElement>(null)
  useReportDrawn(ref, expected)
  return <g ref={ref} />
}
