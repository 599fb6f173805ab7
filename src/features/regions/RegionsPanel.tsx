import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { regionsQueries } from '../../api/regions'
import { ChartFrame } from '../../charts/ChartFrame'
import { HBarChart } from '../../charts/HBarChart'
import { niceScale } from '../../charts/scale'
import { colors } from '../../charts/theme'
import { usePanelState } from '../../charts/usePanelState'
import { formatMonth, formatPercent, formatPersonsTick, personsUnit } from '../../lib/format'
import { messages, useMessages } from '../../lib/i18n'
import { categoryName, categoryOf } from '../../lib/names'
import { PROVINCES_VIEWS, type ProvincesView } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { nothingToCompare, rankRegions, regionsSummary, regionsTable, type RankMetric } from './regions'

const ROW_HEIGHT = 22

export function RegionsPanel({ meta, view, setView }: ViewProps) {
  const t = useMessages()
  const [requestedMetric, setRequestedMetric] = useState<RankMetric>('value')
  const provinces = useMemo(() => meta.regions.filter((r) => r.id !== meta.nationalId).map((r) => r.id), [meta])
  const regions = useQuery(regionsQueries.one({ category: view.category, month: view.to, provinces }))
  const state = usePanelState([regions], regions.data, view)
  const { shown } = state
  // Attainment only for a category with targets; the sort falls back to value otherwise.
  const hasTarget = categoryOf(meta, state.view.category)?.hasTarget ?? false
  const metric = requestedMetric === 'attainment' && !hasTarget ? 'value' : requestedMetric

  const rows = useMemo(
    () => (shown ? rankRegions(shown.data, meta, shown.view.lang, metric, shown.view.compare) : null),
    [shown, meta, metric],
  )
  const height = Math.max(rows?.length ?? 25, 5) * ROW_HEIGHT + 40

  const content = useMemo(() => {
    if (!shown || !rows) return undefined
    const { lang, compare, region: selected } = shown.view
    const t = messages[lang]
    if (shown.view.provinces !== 'ranking') return t.empty
    if (rows.length === 0) return t.empty
    const none = nothingToCompare(rows, meta, shown.view, metric)
    if (none) return none
    const category = categoryName(meta, shown.view.category, lang)
    const scale = niceScale(
      rows.flatMap((r) => (r.metric === null ? [] : [r.metric])),
      { fromZero: true },
    )
    return {
      summary: regionsSummary(rows, meta, shown.view, metric),
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
          }))}
          scale={scale}
          tickFormat={(v) =>
            metric === 'attainment' ? formatPercent(v, lang) : formatPersonsTick(v, lang, scale.ticks)
          }
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
  }, [shown, rows, setView, metric, meta])

  const controls = (
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
  const tabs = {
    label: t.provincesView,
    items: PROVINCES_VIEWS.map((key) => ({ key, label: t.provincesTab(key) })),
    selected: view.provinces,
    onSelect: (key: string) => setView({ provinces: key as ProvincesView }),
  }
  return (
    <ChartFrame
      id="regions"
      meta={meta}
      title={`${t.regionsTitle(categoryName(meta, state.view.category, lang))} · ${formatMonth(state.view.to, lang)}`}
      height={height}
      state={state}
      content={content}
      controls={controls}
      tabs={tabs}
    />
  )
}
