import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { PanelProps } from '../../app/Dashboard'
import { annotationsQueries } from '../../api/annotations'
import { seriesQueries } from '../../api/series'
import { ChartFrame } from '../../charts/ChartFrame'
import { chartFont, colors } from '../../charts/theme'
import { formatMonth, formatPersons, formatPersonsTick, personsUnit, type Lang } from '../../lib/format'
import { messages, useMessages } from '../../lib/i18n'
import { categoryName, covers, regionName } from '../../lib/names'
import { buildTrend, trendSummary, trendTable, visibleAnnotations, type TrendRow } from './trend'

const HEIGHT = 340

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

/**
 * A programme band's name, hung inside its top edge from the given side: plain SVG text, which Recharts would
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
      x={align === 'start' ? x + 4 : x + width - 4}
      y={y + 15 + 15 * line}
      textAnchor={align}
      fontSize={11}
      fill={colors.bandText}
    >
      {text}
    </text>
  )
}

export function TrendPanel({ meta, view }: PanelProps) {
  const t = useMessages()
  const { lang, from } = view
  const region = regionName(meta, view.region, lang)
  const category = categoryName(meta, view.category, lang)
  const covered = covers(meta, view.category, view.region)
  const series = useQuery({
    ...seriesQueries.one({ region: view.region, category: view.category, from: meta.months[0], to: view.to }),
    enabled: covered,
  })
  // The programme periods of all the data, fetched once; the chart clips them to the months it shows.
  const annotations = useQuery(annotationsQueries.one({ from: meta.months[0], to: meta.asOf }))
  const bandsPending = annotations.isPending

  const content = useMemo(() => {
    // First: the series query is disabled then, so its data would never come.
    if (!covered) return t.notCovered(view.category, region)
    // The trend is drawn once, with its bands (or without them, said so, when they fail to load).
    if (!series.data || bandsPending) return undefined
    const trend = buildTrend(series.data, from)
    if (trend.rows.length === 0) return t.empty
    const bands = visibleAnnotations(annotations.data, trend.rows)
    return {
      summary: trendSummary(trend, meta, view),
      table: trendTable(trend, lang, category),
      unit: personsUnit(lang),
      chart: (
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={trend.rows}
            // room for half of the last month's label, which is always shown
            margin={{ top: 24, right: trend.spansYears ? 40 : 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke={colors.grid} vertical={false} />
            {bands.map((b) => (
              <ReferenceArea key={b.id} x1={b.from} x2={b.to} fill={colors.band} fillOpacity={1} ifOverflow="hidden" />
            ))}
            {/* The labels after every band, so that a long one is drawn over the next band, not under it. */}
            {bands
              .flatMap(({ label, ...b }) => (label ? [{ ...b, label }] : []))
              .map((b) => (
                <ReferenceArea
                  key={`${b.id}-label`}
                  x1={b.from}
                  x2={b.to}
                  fill="none"
                  ifOverflow="hidden"
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
              tick={chartFont}
              tickFormatter={(m: string) => formatMonth(m, lang, trend.spansYears ? 'long' : 'short')}
              stroke={colors.grid}
            />
            <YAxis
              domain={trend.scale.domain}
              ticks={trend.scale.ticks}
              interval={0}
              tick={chartFont}
              tickFormatter={(v: number) => formatPersonsTick(v, lang)}
              width={64}
              stroke={colors.grid}
              allowDataOverflow
            />
            <Tooltip content={<TrendTooltip lang={lang} />} isAnimationActive={false} />
            <Legend verticalAlign="bottom" height={28} iconSize={14} wrapperStyle={{ fontSize: 12 }} />
            {trend.rows.some((r) => r.previousYear !== null) ? (
              <Line
                dataKey="previousYear"
                name={t.trendPreviousYear}
                stroke={colors.previousYear}
                strokeDasharray="4 3"
                dot={{ r: 2.5, fill: '#fff' }}
                isAnimationActive={false}
                connectNulls={false}
              />
            ) : null}
            {trend.rows.some((r) => r.target !== null) ? (
              <Line
                dataKey="target"
                name={t.trendTarget}
                type="stepAfter"
                stroke={colors.target}
                strokeDasharray="8 4"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ) : null}
            <Line
              dataKey="value"
              name={t.trendCurrent}
              stroke={colors.current}
              strokeWidth={2}
              dot={{ r: 3, fill: '#fff', strokeWidth: 2 }}
              isAnimationActive={false}
            />
            <Line
              dataKey="streak"
              name={t.trendStreak}
              stroke={colors.streak}
              strokeWidth={4}
              dot={{ r: 4, fill: colors.streak, strokeWidth: 0 }}
              isAnimationActive={false}
              connectNulls={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      ),
    }
  }, [covered, series.data, bandsPending, annotations.data, from, lang, region, category, meta, view, t])

  // The programme periods are an extra: when they fail the trend still shows, and the panel says what is missing.
  const controls = annotations.isError ? (
    <span className="inline-note" role="status">
      {t.annotationsFailed}{' '}
      <button type="button" onClick={() => void annotations.refetch()}>
        {t.retry}
      </button>
    </span>
  ) : null

  return (
    <ChartFrame
      id="trend"
      className="panel-wide"
      title={t.trendTitle(category, region)}
      height={HEIGHT}
      query={series}
      content={content}
      controls={controls}
    />
  )
}
