import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import { annotationsQueries, type Annotations } from '../../api/annotations'
import { seriesQueries, type Series } from '../../api/series'
import { ChartFrame } from '../../charts/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { colors } from '../../charts/theme'
import { useContentView } from '../../charts/useContentView'
import { usePanelState } from '../../charts/usePanelState'
import { formatMonth, formatPercent, formatPersons, formatPersonsTick, personsUnit, type Lang } from '../../lib/format'
import { messages, useMessages } from '../../lib/i18n'
import { categoryName, covers, regionName } from '../../lib/names'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { buildComparison, comparisonLegend, comparisonSummary, comparisonTable } from './compare'
import { AxisTick } from './axisTick'
import { CompareControl } from './CompareControl'
import { StaticLineShape } from './lineShape'
import { trendLegend, TREND_SERIES } from './series'
import {
  buildTrend,
  MAX_MONTH_TICKS,
  monthTicks,
  trendSummary,
  trendTable,
  visibleAnnotations,
  type TrendRow,
} from './trend'

function TrendTooltip({ active, payload, lang }: Partial<TooltipContentProps<number, string>> & { lang: Lang }) {
  const row = payload?.[0]?.payload as TrendRow | undefined
  if (!active || !row) return null
  const t = messages[lang]
  const signed = (n: number | null) => (n === null ? '—' : formatPersons(n, lang, { signed: true }))
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{formatMonth(row.month, lang)}</p>
      <p>
        {t.trendCurrent}: {formatPersons(row.value, lang)}
      </p>
      <p>
        {t.mom}: {signed(row.mom)}
      </p>
      <p>
        {t.yoy}: {signed(row.yoy)}
      </p>
      {row.target !== null ? (
        <p>
          {t.trendTarget}: {formatPersons(row.target, lang)}
        </p>
      ) : null}
    </div>
  )
}

/** Height of the strip above the plot where programme names are written, two lines of them. */
const BAND_LABEL_STRIP = 32

/**
 * A programme band's name, written in the strip above the plot (where no data line can cross it), starting at the
 * band's left edge, or ending at its right edge when it is in the right half: plain SVG text, which Recharts would
 * otherwise measure word by word on every update.
 */
function BandLabel({
  viewBox,
  text,
  align,
  line,
}: {
  viewBox?: { x?: number; y?: number; width?: number }
  text: string
  align: 'start' | 'end'
  line: number
}) {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {}
  return (
    <text
      x={align === 'start' ? x + 2 : x + width - 2}
      y={y - BAND_LABEL_STRIP + 12 + 15 * line}
      textAnchor={align}
      fontSize={11}
      fill={colors.bandText}
    >
      {text}
    </text>
  )
}

/** What the series says of reports not yet received: months the region has not reported, incomplete national months. */
function reportsNote(series: Series, region: string, lang: Lang): string | undefined {
  const t = messages[lang]
  const notes = [
    ...(series.notReported?.length
      ? [t.notReportedMonths(region, series.notReported.map((m) => formatMonth(m, lang)).join(t.listSeparator))]
      : []),
    ...series.points.flatMap((p) =>
      p.missingReports ? [t.incompleteNational(formatMonth(p.month, lang), p.missingReports)] : [],
    ),
  ]
  return notes.length ? notes.join(lang === 'zh' ? '' : ' ') : undefined
}

interface TrendData {
  /** null when the region does not report the category */
  series: Series | null
  /** the compared regions' series (those that report the category), when regions are compared */
  compared: Series[]
  /** undefined when the programme periods failed to load: the trend is drawn without them, and says so */
  annotations: Annotations | undefined
}

/** The trend with regions compared: a line per region on the chosen comparable axis, in percent. */
function comparisonContent(meta: ViewProps['meta'], view: View, series: Series[]): ChartContent {
  const { lang } = view
  const t = messages[lang]
  const c = buildComparison(series, view.axis, meta, view)
  const spansYears = c.rows.length > 0 && c.first.slice(0, 4) !== c.end.slice(0, 4)
  const ticks = monthTicks(
    c.rows.map((r) => r.month),
    spansYears ? MAX_MONTH_TICKS.long : MAX_MONTH_TICKS.short,
  )
  return {
    summary: comparisonSummary(c, meta, lang),
    table: comparisonTable(c, lang),
    unit: `${t.compareAxisName(c.axis, formatMonth(c.first, lang))} %`,
    legend: comparisonLegend(c),
    chartName: `trend-${c.axis}-${c.regions
      .slice(1)
      .map((r) => r.id)
      .join('-')}`,
    chart: (
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={c.rows} margin={{ top: 12, right: spansYears ? 40 : 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis
            dataKey="month"
            ticks={ticks}
            interval={0}
            tick={AxisTick}
            tickFormatter={(m: string) => formatMonth(m, lang, spansYears ? 'long' : 'short')}
            stroke={colors.grid}
          />
          <YAxis
            domain={c.scale.domain}
            ticks={c.scale.ticks}
            interval={0}
            tick={AxisTick}
            tickFormatter={(v: number) => formatPercent(v, lang, { digits: 0 })}
            width={64}
            stroke={colors.grid}
            allowDataOverflow
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(v) => (typeof v === 'number' ? formatPercent(v, lang) : '—')}
            labelFormatter={(m) => formatMonth(String(m), lang)}
          />
          <ReferenceLine y={1} stroke={colors.axis} strokeWidth={1} ifOverflow="hidden" />
          {c.regions.map((r) => (
            <Line
              key={r.key}
              dataKey={r.key}
              name={r.name}
              stroke={r.line.color}
              strokeWidth={r.line.width}
              strokeDasharray={r.line.dash}
              dot={false}
              isAnimationActive={false}
              shape={StaticLineShape}
              connectNulls={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    ),
  }
}

/** The trend for one view: the chart, its legend from the series config, summary and table. */
function trendContent(meta: ViewProps['meta'], view: View, data: TrendData): ChartContent | string {
  const { lang } = view
  const t = messages[lang]
  const region = regionName(meta, view.region, lang)
  const category = categoryName(meta, view.category, lang)
  if (!data.series) return t.notCovered(view.category, region)
  if (data.compared.length > 0) return comparisonContent(meta, view, [data.series, ...data.compared])
  const trend = buildTrend(data.series, view.from)
  if (trend.rows.length === 0) return t.empty
  const bands = visibleAnnotations(data.annotations, trend.rows)
  const legend = trendLegend(trend, lang)
  const shows = new Set(legend.map((item) => item.key))
  const line = (key: keyof typeof TREND_SERIES) => {
    const s = TREND_SERIES[key]
    return {
      dataKey: key,
      name: legend.find((item) => item.key === key)!.label,
      stroke: s.color,
      strokeWidth: s.width,
      strokeDasharray: s.dash,
      isAnimationActive: false,
      shape: StaticLineShape,
    }
  }
  return {
    summary: trendSummary(trend, meta, view),
    note: reportsNote(data.series, region, lang),
    table: trendTable(trend, lang, category),
    unit: personsUnit(lang),
    legend,
    chart: (
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={trend.rows}
          // room above the plot for programme names, and for half of the last month's label, which is always shown
          margin={{
            top: bands.some((b) => b.label) ? BAND_LABEL_STRIP + 4 : 12,
            right: trend.spansYears ? 40 : 16,
            bottom: 4,
            left: 8,
          }}
        >
          <CartesianGrid stroke={colors.grid} vertical={false} />
          {bands.map((b) => (
            <ReferenceArea key={b.id} x1={b.from} x2={b.to} fill={colors.band} fillOpacity={1} ifOverflow="hidden" />
          ))}
          {bands
            .flatMap(({ label, ...b }) => (label ? [{ ...b, label }] : []))
            .map((b) => (
              <ReferenceArea
                key={`${b.id}-label`}
                x1={b.from}
                x2={b.to}
                fill="none"
                ifOverflow="visible"
                label={
                  <BandLabel
                    text={b.approximate ? t.approximate(b.name[lang]) : b.name[lang]}
                    align={b.label.align}
                    line={b.label.line}
                  />
                }
              />
            ))}
          <XAxis
            dataKey="month"
            ticks={trend.monthTicks}
            interval={0}
            tick={AxisTick}
            tickFormatter={(m: string) => formatMonth(m, lang, trend.spansYears ? 'long' : 'short')}
            stroke={colors.grid}
          />
          <YAxis
            domain={trend.scale.domain}
            ticks={trend.scale.ticks}
            interval={0}
            tick={AxisTick}
            tickFormatter={(v: number) => formatPersonsTick(v, lang, trend.scale.ticks)}
            width={64}
            stroke={colors.grid}
            allowDataOverflow
          />
          <Tooltip content={<TrendTooltip lang={lang} />} isAnimationActive={false} />
          {shows.has('previousYear') ? (
            <Line {...line('previousYear')} dot={{ r: 2.5, fill: '#fff' }} connectNulls={false} />
          ) : null}
          {shows.has('target') ? <Line {...line('target')} type="stepAfter" dot={false} /> : null}
          <Line {...line('value')} dot={{ r: 3, fill: '#fff', strokeWidth: 2 }} />
          {shows.has('streak') ? (
            <Line
              {...line('streak')}
              dot={{ r: 4, fill: TREND_SERIES.streak.color, strokeWidth: 0 }}
              connectNulls={false}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    ),
  }
}

const HEIGHT = 340

/** The compared regions' series once all have answered (module level: a stable combine is memoized by the client). */
function combineCompared(results: UseQueryResult<Series>[]) {
  return { results, data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined }
}

export function TrendPanel({ meta, scope, view, setView }: ViewProps) {
  const t = useMessages()
  const covered = covers(meta, view.category, view.region)
  const series = useQuery({
    ...seriesQueries.history({ region: view.region, category: view.category, firstMonth: meta.months[0], to: view.to }),
    enabled: covered,
  })
  // The programme periods of all the data, fetched once; the chart clips them to the months it shows.
  const annotations = useQuery(annotationsQueries.one({ from: meta.months[0], to: meta.asOf }))
  // The trend is drawn once, with its bands (or without them, said so, when they fail to load).
  const bandsPending = annotations.isPending
  // Regions compared with this one: those that report the category (the others have no line to draw).
  const comparedIds = useMemo(
    () => (covered ? view.with.filter((id) => covers(meta, view.category, id)) : []),
    [covered, view.with, meta, view.category],
  )
  const compared = useQueries({
    queries: comparedIds.map((id) =>
      seriesQueries.history({ region: id, category: view.category, firstMonth: meta.months[0], to: view.to }),
    ),
    combine: combineCompared,
  })
  const data = useMemo((): TrendData | undefined => {
    if (!covered) return { series: null, compared: [], annotations: undefined }
    if (!series.data || bandsPending || !compared.data) return undefined
    return { series: series.data, compared: compared.data, annotations: annotations.data }
  }, [covered, series.data, bandsPending, annotations.data, compared.data])
  const state = usePanelState([series, ...compared.results], data, view)
  const { shown } = state
  // the Regions tab is not the trend's: switching it keeps the chart as drawn
  const contentView = useContentView(shown?.view, ['provinces'])
  const shownData = shown?.data
  const content = useMemo(
    () => (shownData && contentView ? trendContent(meta, contentView, shownData) : undefined),
    [meta, shownData, contentView],
  )

  // The programme periods are an extra: when they fail the trend still shows, and the panel says what is missing.
  const controls = (
    <>
      {annotations.isError ? (
        <span className="inline-note" role="status">
          {t.annotationsFailed}{' '}
          <button type="button" onClick={() => void annotations.refetch()}>
            {t.retry}
          </button>
        </span>
      ) : null}
      <CompareControl meta={meta} scope={scope} view={view} setView={setView} />
    </>
  )

  const { lang } = state.view
  return (
    <ChartFrame
      id="trend"
      className="panel-wide"
      meta={meta}
      title={t.trendTitle(categoryName(meta, state.view.category, lang), regionName(meta, state.view.region, lang))}
      height={HEIGHT}
      state={state}
      content={content}
      controls={controls}
    />
  )
}
