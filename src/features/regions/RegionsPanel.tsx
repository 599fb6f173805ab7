import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import type { Meta } from '../../api/meta'
import type { RegionsData } from '../../api/regions'
import type { RegionsSeries } from '../../api/regionsSeries'
import { ChartFrame } from '../../panel/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { HBarChart } from '../../charts/HBarChart'
import { niceScale } from '../../charts/scale'
import { colors } from '../../charts/theme'
import { usePanelState } from '../../panel/usePanelState'
import { formatMonth, formatMonthRange, formatPercent, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { categoryName, categoryOf, scopeLabel } from '../../lib/names'
import { PROVINCES_VIEWS, type ProvincesView, type View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { exportColumns } from '../../export/dashboardLayout'
import { GRID_HEIGHT, GRID_WIDTH } from './chinaGrid'
import { messages } from './messages'
import { regionsPanelQueries, scopeProvinces } from './queries'
import {
  belowTargetSentence,
  nothingToCompare,
  rankRegions,
  regionsSummary,
  regionsTable,
  type RankMetric,
  type RegionRow,
} from './regions'

const ROW_HEIGHT = 22
const PHONE_ROW_HEIGHT = 26
const PHONE_CHART_WIDTH = exportColumns('phone')[0].chartWidth

/** The ranking (HBarChart) of one view. */
function rankingContent(
  rows: RegionRow[],
  meta: Meta,
  view: View,
  metric: RankMetric,
  setView: ViewProps['setView'],
): ChartContent {
  const { lang, compare, region: selected } = view
  const t = messages[lang]
  const category = categoryName(meta, view.category, lang)
  const scale = niceScale(
    rows.flatMap((r) => (r.metric === null ? [] : [r.metric])),
    { fromZero: true },
  )
  const below = belowTargetSentence(rows, view)
  return {
    summary: regionsSummary(rows, meta, view, metric),
    details: below ? [below] : undefined,
    table: regionsTable(rows, lang, compare),
    unit: metric === 'attainment' ? `${t.targetsAttainment} %` : personsUnit(lang),
    chart: (
      <HBarChart
        bars={rows.map((row) => ({
          key: row.region,
          label: row.name,
          value: row.metric,
          fill: row.region === selected ? colors.selected : colors.bar,
          selected: row.region === selected,
          note: row.reported ? undefined : t.notReported,
        }))}
        scale={scale}
        tickFormat={(v) => (metric === 'attainment' ? formatPercent(v, lang) : formatPersonsTick(v, lang, scale.ticks))}
        labelWidth={lang === 'zh' ? 64 : 110}
        barSize={14}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        reference={metric === 'attainment' ? { value: 1 } : undefined}
        selectable={{
          label: t.regionsTitle(category),
          rowLabel: (bar) => t.regionsSelect(bar.label),
          onSelectRow: (region) => setView({ region }),
        }}
      />
    ),
  }
}

type GridViews = typeof import('./gridContent')
const loadGridViews = () => import('./gridContent')

/** The grid views' code, once a grid view has been chosen (then kept). */
function useGridViews(needed: boolean): GridViews | null {
  const [views, setViews] = useState<GridViews | null>(null)
  useEffect(() => {
    if (needed && !views) void loadGridViews().then(setViews)
  }, [needed, views])
  return views
}

/** What the panel shows: one province list for a month (ranking, map), or every province's series (trends). */
type RegionsPanelData =
  | { kind: 'regions'; regions: RegionsData; views: GridViews | null }
  | { kind: 'series'; series: RegionsSeries; views: GridViews }

export function RegionsPanel({ meta, scope, view, setView }: ViewProps) {
  const t = useMessages(messages)
  const [requestedMetric, setRequestedMetric] = useState<RankMetric>('value')
  const tab = view.provinces
  // The provinces the user may see (an answer naming another is refused); the grid views also refuse an answer naming
  // one that has no cell (gridViews.tsx).
  const provinces = useMemo(() => scopeProvinces(meta, scope), [meta, scope])
  const everyProvince = provinces.length === meta.regions.length - 1
  // The panel's requests, named where the boot prefetch reads them (queries.ts): the same keys by construction.
  const queries = regionsPanelQueries(meta, view, provinces)
  const trends = queries.trends
  const regions = useQuery({ ...queries.regions, enabled: !trends })
  const views = useGridViews(tab !== 'ranking')
  const series = useQuery({ ...queries.series, enabled: trends })
  // A grid view waits for its code as for its data, so the panel shows the last view until both are here.
  const data = useMemo<RegionsPanelData | undefined>(() => {
    if (tab !== 'ranking' && !views) return undefined
    if (trends) return series.data && views ? { kind: 'series', series: series.data, views } : undefined
    return regions.data && { kind: 'regions', regions: regions.data, views }
  }, [tab, trends, views, regions.data, series.data])
  const state = usePanelState([trends ? series : regions], data, view)
  const { shown } = state
  // Attainment only for a category with targets; the sort falls back to value otherwise.
  const hasTarget = categoryOf(meta, state.view.category)?.hasTarget ?? false
  const metric = requestedMetric === 'attainment' && !hasTarget ? 'value' : requestedMetric

  const rows = useMemo(
    () =>
      shown?.data.kind === 'regions'
        ? rankRegions(shown.data.regions, meta, shown.view.lang, metric, shown.view.compare)
        : null,
    [shown, meta, metric],
  )
  // The body keeps the shown view's shape while the next loads (ranking data stays a ranking until the series come).
  const shownTab = shown ? (shown.data.kind === 'series' ? 'trends' : shown.view.provinces) : tab
  const height = shownTab === 'ranking' ? Math.max(rows?.length ?? 25, 5) * ROW_HEIGHT + 40 : GRID_HEIGHT
  // The tile grid is drawn to its box's width (a phone's page sizes that box by the grid's shape, regions.css); the
  // dashboard PNG's phone form draws it at its column's width, so at the height that width gives it.
  // A ranking row is a tap target: on a phone at least 24 px tall (WCAG 2.2, 2.5.8).
  const phoneHeight =
    shownTab === 'ranking'
      ? Math.max(rows?.length ?? 25, 5) * PHONE_ROW_HEIGHT + 40
      : Math.round((GRID_HEIGHT * PHONE_CHART_WIDTH) / GRID_WIDTH)

  const content = useMemo(() => {
    if (!shown) return undefined
    // Provinces compared among the few a user may see would rank and colour a part as if it were the whole.
    if (!everyProvince) {
      const t = messages[shown.view.lang]
      return t.regionsNeedFullScope(scopeLabel(meta, scope, shown.view.lang, t.listSeparator))
    }
    if (shown.data.kind === 'series')
      return shown.data.views.trendsContent(shown.data.series, meta, shown.view, setView)
    if (!rows) return undefined
    const t = messages[shown.view.lang]
    if (rows.length === 0) return t.empty
    const none = nothingToCompare(rows, meta, shown.view, metric)
    if (none) return none
    const { views } = shown.data
    return shown.view.provinces === 'map' && views
      ? views.mapContent(rows, meta, shown.view, metric, setView)
      : rankingContent(rows, meta, shown.view, metric, setView)
  }, [shown, rows, setView, metric, meta, scope, everyProvince])

  const controls =
    shownTab === 'trends' ? null : (
      <label className="inline-control">
        <span>{t.regionsSort}</span>
        <select value={metric} onChange={(e) => setRequestedMetric(e.target.value as RankMetric)}>
          <option value="value">{t.regionsByValue}</option>
          {hasTarget ? <option value="attainment">{t.regionsByAttainment}</option> : null}
          <option value="change">{t.regionsByChange(state.view.compare === 'mom' ? t.mom : t.yoy)}</option>
        </select>
      </label>
    )

  const { lang } = state.view
  const category = categoryName(meta, state.view.category, lang)
  const month = formatMonth(state.view.to, lang)
  const title =
    shownTab === 'trends'
      ? `${t.multiplesTitle(category)} · ${formatMonthRange(state.view.from, state.view.to, lang)}`
      : shownTab === 'map'
        ? `${t.mapTitle(category)} · ${month}`
        : `${t.regionsTitle(category)} · ${month}`
  const tabs = {
    label: t.provincesView,
    items: PROVINCES_VIEWS.map((key) => ({ key, label: t.provincesTab(key) })),
    selected: tab,
    onSelect: (key: string) => setView({ provinces: key as ProvincesView }),
  }
  return (
    <ChartFrame
      id="regions"
      meta={meta}
      title={title}
      height={height}
      phoneHeight={phoneHeight}
      state={state}
      content={content}
      controls={controls}
      tabs={tabs}
    />
  )
}
