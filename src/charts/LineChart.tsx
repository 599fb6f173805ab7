/**
 * A line chart over months, drawn by Recharts (`ComposedChart`): lines (straight or stepped, dashed, with dots),
 * shaded programme bands with their names in the strip above the plot, grid lines and ticks at the model's ticks,
 * and an optional reference line. Each month is a band of the x axis, its point in the middle, so a programme band
 * covers whole months and a one-month band is not a hairline.
 *
 * Reading: a tooltip (the project's own, not Recharts') follows the pointer, or shows the month tapped; by keyboard the chart is one tab stop where Left/Right, Home and End read
 * month by month (the tooltip shows it, and a live region says it to screen readers). Recharts' own keyboard layer
 * knows only Left/Right and says nothing, so it is off and the month read is this component's state.
 */
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts'
import { AxisTick } from './AxisTick'
import { ChartTooltip } from './ChartTooltip'
import { estimateTextWidth, STACK_ROWS_BELOW, ticksThatFit, wrapByEstimate } from './labels'
import { useReportDrawn, type ExpectedMarks } from './drawn'
import { colors } from './theme'
import { horizontalLinesAt, noLines } from './grid'
import { useSize } from './useSize'

export interface LineSeries {
  /** the key of its values in the rows */
  key: string
  color: string
  width: number
  dash?: string
  /** the value holds until the next month, then changes (an annual target) */
  step?: boolean
  dot?: {
    r: number
    fill: string
    strokeWidth: number
    /** a dashed outline (the point of an incomplete figure) */
    dash?: string
    /** only these months get a dot (a line that joins them to their neighbours, say) */
    months?: readonly string[]
  }
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
/** Height of the strip above the plot where band names are written, two lines of them (more when names need it). */
export const BAND_LABEL_STRIP = 32
const BAND_LINE = 15
const BAND_FONT_SIZE = 11
/** on a narrow chart (a phone): no text under 12 px, and a name wider than the chart over two lines or more */
const NARROW_BAND_FONT_SIZE = 12

const NO_ACTIVE_DOT = false as const

export function LineChart(props: LineChartProps) {
  const [ref, size] = useSize<HTMLDivElement>()
  return (
    <div ref={ref} className="line-chart">
      {size.width > 0 && size.height > 0 ? <LineReader {...props} width={size.width} height={size.height} /> : null}
    </div>
  )
}

type Active = { index: number; keyboard: boolean } | null

/**
 * The month read, by pointer or keyboard, around the drawing: the month is the pointer's cell of the plot, whose box
 * is fixed by the margin and the value axis's width, so no layout is read back from Recharts.
 */
function LineReader(props: LineChartProps & { width: number; height: number }) {
  const { tooltip, label, ...drawing } = props
  const { rows } = props
  const [active, setActive] = useState<Active>(null)
  const shown = active && active.index >= 0 && active.index < rows.length ? active : null

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
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
  // The plot's box, as Recharts lays it out: inside the margin, right of the value axis, above the month axis.
  const { margin, width } = props
  const plotLeft = margin.left + Y_AXIS_WIDTH
  const plotWidth = Math.max(1, width - margin.right - plotLeft)
  const cell = plotWidth / Math.max(1, rows.length)
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left
    const index = Math.max(0, Math.min(rows.length - 1, Math.floor((x - plotLeft) / cell)))
    if (shown?.index !== index || shown.keyboard) setActive({ index, keyboard: false })
  }
  // A tap (touch or pen) reads the month tapped, and it stays read after the finger lifts; a tap anywhere else on the
  // page closes it (below), as does moving focus away.
  const readerRef = useRef<HTMLDivElement>(null)
  const touchReading = shown !== null && !shown.keyboard
  useEffect(() => {
    if (!touchReading) return
    const close = (e: globalThis.PointerEvent) => {
      if (e.pointerType !== 'mouse' && !readerRef.current?.contains(e.target as Node)) setActive(null)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [touchReading])
  const lines = shown ? tooltip(shown.index) : []
  const tipX = shown ? plotLeft + cell * (shown.index + 0.5) : 0
  const tipOnLeft = tipX > plotLeft + plotWidth / 2

  return (
    <div
      className="line-chart-reader"
      role="application"
      aria-label={label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => setActive((a) => a ?? { index: rows.length - 1, keyboard: true })}
      onBlur={() => setActive(null)}
      ref={readerRef}
      onPointerMove={onPointerMove}
      onPointerDown={(e) => {
        if (e.pointerType !== 'mouse') onPointerMove(e)
      }}
      // a finger lifted leaves the reader too: what it read stays until the next tap
      onPointerLeave={(e) => {
        if (e.pointerType === 'mouse') setActive((a) => (a?.keyboard ? a : null))
      }}
    >
      <LineDrawing {...drawing} active={shown?.index ?? null} />
      {shown && lines.length > 0 ? (
        <ChartTooltip
          lines={lines}
          className="line-chart-tooltip"
          style={{
            left: tipOnLeft ? tipX - 12 : tipX + 12,
            top: margin.top + 4,
            transform: tipOnLeft ? 'translateX(-100%)' : undefined,
          }}
        />
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {(shown?.keyboard ? lines : []).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </div>
  )
}

const numberOrNull = (row: { month: string }, key: string) => {
  const v = (row as unknown as Record<string, unknown>)[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/**
 * The Recharts drawing, memoised: it draws again when its data, size or the month read (its cursor) change, never
 * for a parent's render with the same props (Recharts' performance guide: stable data, string data keys, memoised
 * props).
 */
const LineDrawing = memo(function LineDrawing({
  rows,
  series,
  scale,
  yTickFormat,
  xTicks,
  xTickFormat,
  bands = [],
  reference,
  margin,
  width,
  height,
  active,
}: Omit<LineChartProps, 'tooltip' | 'label'> & {
  width: number
  height: number
  active: number | null
}) {
  const [low, high] = scale.domain
  const inDomain = (v: number) => v >= low && v <= high
  const monthIndex = useMemo(() => new Map(rows.map((r, i) => [r.month, i])), [rows])
  const data = rows as { month: string }[]
  const narrow = width < STACK_ROWS_BELOW
  const plotLeft = margin.left + Y_AXIS_WIDTH
  const cell = Math.max(1, width - margin.right - plotLeft) / Math.max(1, rows.length)
  // On a narrow chart (a phone) the month labels thin out as the value axis's do (labels.ts), keeping the last month.
  const xTickValues = useMemo(() => {
    const shown = xTicks.filter((m) => monthIndex.has(m))
    if (!narrow) return shown
    const at = (m: string) => plotLeft + cell * (monthIndex.get(m)! + 0.5)
    const fits = ticksThatFit(
      [...shown].reverse().map((m) => monthIndex.get(m)!),
      (i) => at(rows[i].month),
      (i) => estimateTextWidth(xTickFormat(rows[i].month), 12),
    )
    return fits.map((i) => rows[i].month).reverse()
  }, [xTicks, monthIndex, narrow, plotLeft, cell, rows, xTickFormat])
  const bandsDrawn = bands.filter((b) => monthIndex.has(b.from) && monthIndex.has(b.to))
  const placed = placeBandLabels(
    bandsDrawn,
    (m) => plotLeft + cell * monthIndex.get(m)!,
    cell,
    width,
    narrow ? { fontSize: NARROW_BAND_FONT_SIZE, fit: [2, width - 2] } : undefined,
  )
  // room above the plot for as many lines of names as they need (two, most often)
  const top = placed.lines > 0 ? Math.max(margin.top, placed.lines * BAND_LINE + 6) : margin.top
  const valuesOf = (key: string) => rows.filter((r) => numberOrNull(r, key) !== null).length
  const dotsOf = (key: string, months?: readonly string[]) =>
    rows.filter((r) => numberOrNull(r, key) !== null && (!months || months.includes(r.month))).length
  // every mark these props call for, which the export waits to see drawn (charts/drawn.ts)
  const expected: ExpectedMarks = [
    ['path[data-series]', series.filter((s) => valuesOf(s.key) > 0).length],
    ['circle[data-series]', series.reduce((n, s) => n + (s.dot ? dotsOf(s.key, s.dot.months) : 0), 0)],
    ['[data-band]', bandsDrawn.length],
    ['.line-chart-band-label', bandsDrawn.filter((b) => b.label).length],
    ['text[data-axis="x"]', xTickValues.length],
    ['text[data-axis="y"]', scale.ticks.filter(inDomain).length],
    ['line[data-reference]', reference !== undefined && inDomain(reference) ? 1 : 0],
  ]
  const yTicks = useMemo(() => scale.ticks.filter(inDomain), [scale.ticks, low, high]) // eslint-disable-line react-hooks/exhaustive-deps
  const yGrid = useMemo(() => horizontalLinesAt(yTicks), [yTicks])

  return (
    <ComposedChart
      className="line-chart-drawing"
      data-surface="line"
      width={width}
      height={height}
      data={data}
      margin={top === margin.top ? margin : { ...margin, top }}
      accessibilityLayer={false}
    >
      {bands.map((b) =>
        monthIndex.has(b.from) && monthIndex.has(b.to) ? (
          <ReferenceArea
            key={b.id}
            x1={b.from}
            x2={b.to}
            fill={colors.band}
            fillOpacity={1}
            stroke="none"
            ifOverflow="visible"
            zIndex={-150}
            label={
              b.label ? (
                <BandLabel
                  {...b.label}
                  line={placed.line.get(b.id)!}
                  lines={placed.lines}
                  pieces={placed.pieces.get(b.id)}
                />
              ) : undefined
            }
            data-band={b.id}
          />
        ) : null,
      )}
      <CartesianGrid
        vertical={false}
        stroke={colors.grid}
        horizontalCoordinatesGenerator={yGrid}
        verticalCoordinatesGenerator={noLines}
      />
      <XAxis
        dataKey="month"
        type="category"
        scale="band"
        ticks={xTickValues}
        interval={0}
        height={X_AXIS_HEIGHT}
        tick={<AxisTick axis="x" format={xTickFormat} />}
        stroke={colors.grid}
        tickLine={{ stroke: colors.grid }}
        tickSize={6}
      />
      <YAxis
        type="number"
        domain={scale.domain}
        ticks={yTicks}
        interval={0}
        allowDataOverflow
        width={Y_AXIS_WIDTH}
        tick={<AxisTick axis="y" format={yTickFormat} />}
        stroke={colors.grid}
        tickLine={{ stroke: colors.grid }}
        tickSize={6}
      />
      {reference !== undefined && inDomain(reference) ? (
        <ReferenceLine y={reference} stroke={colors.axis} data-reference={reference} />
      ) : null}
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          type={s.step ? 'stepAfter' : 'linear'}
          stroke={s.color}
          strokeWidth={s.width}
          strokeDasharray={s.dash}
          strokeLinejoin="round"
          dot={s.dot ? <SeriesDot series={s.key} {...s.dot} color={s.color} /> : false}
          activeDot={NO_ACTIVE_DOT}
          connectNulls={false}
          isAnimationActive={false}
          data-series={s.key}
        />
      ))}
      {active !== null && rows[active] ? (
        <ReferenceLine
          x={rows[active].month}
          stroke={colors.axis}
          strokeDasharray="2 2"
          className="line-chart-cursor"
          data-cursor={rows[active].month}
        />
      ) : null}
      <DrawnMark expected={expected} />
    </ComposedChart>
  )
})

/** A month's dot, marked with its series and month so that a test (or a reader of the export) can find it. */
function SeriesDot(props: {
  series: string
  r: number
  fill: string
  strokeWidth: number
  color: string
  dash?: string
  months?: readonly string[]
  cx?: number
  cy?: number
  payload?: { month: string }
  value?: unknown
}) {
  const { cx, cy, payload, value } = props
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null
  if (props.months && !props.months.includes(payload?.month ?? '')) return null
  return (
    <circle
      cx={cx}
      cy={cy}
      r={props.r}
      fill={props.fill}
      stroke={props.color}
      strokeWidth={props.strokeWidth}
      strokeDasharray={props.dash}
      data-series={props.series}
      data-month={payload?.month}
    />
  )
}

/**
 * A programme's name in the strip above the plot, from the band's left edge or to its right edge; on a narrow chart,
 * in pieces placed by placeBandLabels (kept inside the chart, a long name over two lines or more).
 */
function BandLabel(props: {
  text: string
  align: 'start' | 'end'
  /** its line, 0 the top one, of `lines` above the plot */
  line: number
  lines: number
  pieces?: BandPiece[]
  viewBox?: { x: number; y: number; width: number; height: number }
}) {
  const box = props.viewBox
  if (!box) return null
  if (props.pieces) {
    return (
      <text className="line-chart-band-label" fontSize={NARROW_BAND_FONT_SIZE} fill={colors.bandText}>
        {props.pieces.map((piece, i) => (
          <tspan key={i} x={piece.x} y={box.y - 6 - BAND_LINE * (props.lines - 1 - piece.line)}>
            {piece.text}
          </tspan>
        ))}
      </text>
    )
  }
  const start = props.align === 'start'
  return (
    <text
      className="line-chart-band-label"
      x={start ? box.x + 2 : box.x + box.width - 2}
      y={box.y - 6 - BAND_LINE * (props.lines - 1 - props.line)}
      textAnchor={props.align}
      fontSize={BAND_FONT_SIZE}
      fill={colors.bandText}
    >
      {props.text}
    </text>
  )
}

/** Says the chart has drawn (charts/drawn.ts) once its surface holds every mark its props call for. */
function DrawnMark({ expected }: { expected: ExpectedMarks }) {
  const ref = useRef<SVGGElement>(null)
  useReportDrawn(ref, expected)
  return <g ref={ref} />
}

/** A piece of a band's name on a narrow chart: its line, where it starts, its text. */
export interface BandPiece {
  line: number
  x: number
  text: string
}

/**
 * The line each band's name goes on: its preferred line if the name fits there without running into one already
 * placed (its width estimated from its characters, labels.ts), else the next free line. Every name is placed. With
 * `fit` (a narrow chart) a name is broken into pieces no wider than that span, each kept inside it, on lines of their
 * own one under the other (`pieces`).
 */
export function placeBandLabels(
  bands: readonly LineBand[],
  edge: (month: string) => number,
  cell: number,
  width: number,
  narrow?: { fontSize: number; fit: [number, number] },
): { line: Map<string, number>; lines: number; pieces: Map<string, BandPiece[]> } {
  const taken: [number, number][][] = []
  const line = new Map<string, number>()
  const pieces = new Map<string, BandPiece[]>()
  const fontSize = narrow?.fontSize ?? BAND_FONT_SIZE
  for (const b of bands) {
    if (!b.label) continue
    const texts = narrow ? wrapByEstimate(b.label.text, narrow.fit[1] - narrow.fit[0], fontSize) : [b.label.text]
    let from = b.label.line
    const placedPieces: BandPiece[] = []
    texts.forEach((text, i) => {
      const w = estimateTextWidth(text, fontSize)
      let x = b.label!.align === 'start' ? edge(b.from) + 2 : edge(b.to) + cell - 2 - w
      if (narrow) x = Math.max(narrow.fit[0], Math.min(narrow.fit[1] - w, x))
      const span: [number, number] = [Math.max(0, x), Math.min(width, x + w)]
      const free = (l: number) => !(taken[l] ?? []).some(([a, z]) => span[0] < z + 8 && a < span[1] + 8)
      let l = free(from) ? from : i === 0 ? 0 : from
      while (!free(l)) l += 1
      ;(taken[l] ??= []).push(span)
      if (i === 0) line.set(b.id, l)
      placedPieces.push({ line: l, x, text })
      from = l + 1
    })
    if (narrow) pieces.set(b.id, placedPieces)
  }
  return { line, lines: taken.length, pieces }
}
