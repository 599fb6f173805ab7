import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Annotations } from '../../api/annotations'
import { refuse, seriesTargetsProblem } from '../../api/checks'
import type { Meta } from '../../api/meta'
import type { Monitoring } from '../../api/monitoring'
import type { Series } from '../../api/series'
import { ChartFrame } from '../../panel/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { BAND_LABEL_STRIP, LineChart, type LineSeries } from '../../charts/LineChart'
import { useContentView } from '../../panel/useContentView'
import { usePanelState, type PanelQuery } from '../../panel/usePanelState'
import { formatMonth, formatPercent, formatPersonsTick, personsUnit, type Lang } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { categoryName, covers, regionName } from '../../lib/names'
import { seriesIncomplete, seriesReports, type ReportsContext } from '../../lib/reports'
import { missingText } from '../../lib/reportsText'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { buildComparison, comparisonLegend, comparisonSummary, comparisonTable, comparisonTooltip } from './compare'
import { CompareControl } from './CompareControl'
import { messages } from './messages'
import { trendQueries } from './queries'
import { trendLegend, TREND_SERIES, type TrendSeriesKey } from './seriesConfig'
import {
  buildTrend,
  incompleteMonths,
  MAX_MONTH_TICKS,
  monthTicks,
  trendChartRows,
  trendSummary,
  trendTable,
  trendTooltip,
  visibleAnnotations,
} from './trend'

/** How each of the trend's series marks its months, in the order drawn (the current period's line on top). */
const TREND_DOTS: Record<TrendSeriesKey, LineSeries['dot']> = {
  previousYear: { r: 2.5, fill: '#fff', strokeWidth: 1 },
  target: undefined,
  value: { r: 3, fill: '#fff', strokeWidth: 2 },
  streak: { r: 4, fill: TREND_SERIES.streak.color, strokeWidth: 0 },
  // an incomplete month's point: larger, hollow, its outline dashed (its months are given where it is drawn)
  provisional: { r: 4.5, fill: '#fff', strokeWidth: 2, dash: '2 2' },
}

/** What the series says of reports not yet received: months the region has not reported, incomplete national months. */
function reportsNote(series: Series, meta: Meta, reports: ReportsContext, lang: Lang): string | undefined {
  const t = messages[lang]
  const region = regionName(meta, series.region, lang)
  const { incomplete, absent } = seriesReports(series, reports)
  const notes = [
    ...(absent.length
      ? [t.notReportedMonths(region, absent.map((m) => formatMonth(m, lang)).join(t.listSeparator))]
      : []),
    ...[...incomplete].map(([month, missing]) =>
      t.incompleteNational(formatMonth(month, lang), missingText(missing, meta, lang)),
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
  /**
   * /monitoring of the end month, when the series lacks a report and it answered: who is missing, and the provinces'
   * figures a comparison is made on (lib/reports.ts); undefined otherwise (counts only, comparisons withheld)
   */
  monitoring: Monitoring | undefined
}

/** The trend with regions compared: a line per region on the chosen comparable axis, in percent. */
function comparisonContent(
  meta: ViewProps['meta'],
  view: View,
  series: Series[],
  title: string,
  reports: ReportsContext,
): ChartContent {
  const { lang } = view
  const t = messages[lang]
  const notes = series.flatMap((s) => reportsNote(s, meta, reports, lang) ?? [])
  const c = buildComparison(series, view.axis, meta, view)
  const spansYears = c.rows.length > 0 && c.first.slice(0, 4) !== c.end.slice(0, 4)
  const ticks = monthTicks(
    c.rows.map((r) => r.month),
    spansYears ? MAX_MONTH_TICKS.long : MAX_MONTH_TICKS.short,
  )
  return {
    summary: comparisonSummary(c, meta, lang),
    note: notes.length ? notes.join(lang === 'zh' ? '' : ' ') : undefined,
    table: comparisonTable(c, lang),
    unit: `${t.compareAxisName(c.axis, formatMonth(c.first, lang))} %`,
    legend: comparisonLegend(c),
    chartName: `trend-${c.axis}-${c.regions
      .slice(1)
      .map((r) => r.id)
      .join('-')}`,
    chart: (
      <LineChart
        rows={c.rows}
        series={c.regions.map((r) => ({ key: r.key, color: r.line.color, width: r.line.width, dash: r.line.dash }))}
        scale={c.scale}
        yTickFormat={(v) => formatPercent(v, lang, { digits: 0 })}
        xTicks={ticks}
        xTickFormat={(m) => formatMonth(m, lang, spansYears ? 'long' : 'short')}
        reference={1}
        margin={{ top: 12, right: spansYears ? 40 : 16, bottom: 4, left: 8 }}
        tooltip={(i) => comparisonTooltip(c, i, lang)}
        label={t.chartReadByMonth(title)}
      />
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
  const title = t.trendTitle(category, region)
  // Compared regions without the category (河南 has no key assistance counties) are not drawn: the sentence says so.
  const leftOut = view.with.filter((id) => !covers(meta, view.category, id))
  const withLeftOut = (content: ChartContent): ChartContent =>
    leftOut.length === 0
      ? content
      : {
          ...content,
          summary: `${content.summary}${lang === 'zh' ? '' : ' '}${t.notCovered(
            view.category,
            leftOut.map((id) => regionName(meta, id, lang)).join(t.listSeparator),
          )}`,
        }
  const reports = { nationalId: meta.nationalId, monitoring: data.monitoring }
  if (data.compared.length > 0)
    return withLeftOut(comparisonContent(meta, view, [data.series, ...data.compared], title, reports))
  const trend = buildTrend(data.series, view.from, reports, view.to)
  if (trend.rows.length === 0) return t.empty
  const provisional = incompleteMonths(trend)
  const bands = visibleAnnotations(data.annotations, trend.rows)
  const legend = trendLegend(trend, lang)
  // drawn under the current period's line, which is drawn over them; an incomplete month's dashes, then the streak
  const drawn = (['previousYear', 'target', 'value', 'provisional', 'streak'] as const).filter((key) =>
    legend.some((item) => item.key === key),
  )
  return withLeftOut({
    summary: trendSummary(trend, meta, view),
    note: reportsNote(data.series, meta, reports, lang),
    table: trendTable(trend, meta, lang, category),
    unit: personsUnit(lang),
    legend,
    chart: (
      <LineChart
        rows={trendChartRows(trend)}
        series={drawn.map((key) => {
          const s = TREND_SERIES[key]
          const dot = key === 'provisional' ? { ...TREND_DOTS.provisional!, months: provisional } : TREND_DOTS[key]
          return { key, color: s.color, width: s.width, dash: s.dash, step: key === 'target', dot }
        })}
        scale={trend.scale}
        yTickFormat={(v) => formatPersonsTick(v, lang, trend.scale.ticks)}
        xTicks={trend.monthTicks}
        xTickFormat={(m) => formatMonth(m, lang, trend.spansYears ? 'long' : 'short')}
        bands={bands.map((b) => ({
          id: b.id,
          from: b.from,
          to: b.to,
          label: b.label && {
            text: b.approximate ? t.approximate(b.name[lang]) : b.name[lang],
            align: b.label.align,
            line: b.label.line,
          },
        }))}
        // room above the plot for programme names, and for half of the last month's label, which is always shown
        margin={{
          top: bands.some((b) => b.label) ? BAND_LABEL_STRIP + 4 : 12,
          right: trend.spansYears ? 40 : 16,
          bottom: 4,
          left: 8,
        }}
        tooltip={(i) => trendTooltip(trend.rows[i], meta, lang)}
        label={t.chartReadByMonth(title)}
      />
    ),
  })
}

const HEIGHT = 340

/** The compared regions' series once all have answered (module level: a stable combine is memoized by the client). */
function combineCompared(results: UseQueryResult<Series>[]) {
  return { results, data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined }
}

export function TrendPanel({ meta, scope, view, setView }: ViewProps) {
  const t = useMessages(messages)
  // The panel's requests, named where the boot prefetch reads them (queries.ts): the same keys by construction.
  const queries = trendQueries(meta, scope, view)
  const covered = queries.covered
  const series = useQuery({ ...queries.series, enabled: covered })
  // The KPI cards' /targets for the end month (the same request, asked once): a series that gives that figure
  // otherwise is refused here as the cards refuse it, naming both answers, never drawn as valid.
  const targets = useQuery({ ...queries.targets, enabled: covered })
  const disagreement = useMemo(() => {
    const problem = series.data && targets.data ? seriesTargetsProblem(series.data, targets.data) : undefined
    return problem ? refuse('/series', problem) : null
  }, [series.data, targets.data])
  const refetchSeries = series.refetch
  const refetchTargets = targets.refetch
  const agreement = useMemo(
    (): PanelQuery => ({
      isError: disagreement !== null,
      error: disagreement,
      dataUpdatedAt: 0,
      refetch: () => Promise.all([refetchSeries(), refetchTargets()]),
    }),
    [disagreement, refetchSeries, refetchTargets],
  )
  // The programme periods of all the data, fetched once; the chart clips them to the months it shows.
  const annotations = useQuery(queries.annotations)
  // The trend is drawn once, with its bands (or without them, said so, when they fail to load).
  const bandsPending = annotations.isPending
  // Regions compared with this one: those that report the category (the others have no line to draw).
  const compared = useQueries({ queries: queries.compared, combine: combineCompared })
  // Who has not reported, and the provinces' figures to compare on, when a report is missing (the KPI cards' request).
  const monitoring = useQuery(queries.monitoring)
  const needsReports = [series.data, ...(compared.data ?? [])].some((s) => s !== undefined && seriesIncomplete(s))
  // Waited for only when needed, and a failure is no failure of the trend: its comparisons are then withheld.
  const reportsPending = needsReports && monitoring.isPending
  const data = useMemo((): TrendData | undefined => {
    if (!covered) return { series: null, compared: [], annotations: undefined, monitoring: undefined }
    if (!series.data || disagreement || bandsPending || !compared.data || reportsPending) return undefined
    return {
      series: series.data,
      compared: compared.data,
      annotations: annotations.data,
      monitoring: needsReports ? monitoring.data : undefined,
    }
  }, [
    covered,
    series.data,
    disagreement,
    bandsPending,
    annotations.data,
    compared.data,
    reportsPending,
    needsReports,
    monitoring.data,
  ])
  const state = usePanelState([series, agreement, ...compared.results], data, view)
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
      notes={<p className="touch-hint">{t.touchHint}</p>}
    />
  )
}
