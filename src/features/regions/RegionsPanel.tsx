import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import type { PanelProps } from '../../app/Dashboard'
import { regionsQueries, type RegionsData } from '../../api/regions'
import { ChartFrame } from '../../charts/ChartFrame'
import { HBarChart } from '../../charts/HBarChart'
import { niceScale } from '../../charts/scale'
import { colors } from '../../charts/theme'
import { formatMonth, formatPercent, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { categoryName, categoryOf } from '../../lib/names'
import {
  nothingToCompare,
  onlyKnownRegions,
  rankRegions,
  regionsSummary,
  regionsTable,
  type RankMetric,
} from './regions'

const ROW_HEIGHT = 22

export function RegionsPanel({ meta, view, setView }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const [chosen, setMetric] = useState<RankMetric>('value')
  const hasTarget = categoryOf(meta, view.category)?.hasTarget ?? false
  const metric = chosen === 'attainment' && !hasTarget ? 'value' : chosen
  const category = categoryName(meta, view.category, lang)
  const select = useCallback((data: RegionsData) => onlyKnownRegions(data, meta), [meta])
  const regions = useQuery({ ...regionsQueries.one({ category: view.category, month: view.to }), select })
  // Only an answer for this category and month: when a new answer is refused, React Query still hands back the last
  // accepted one, which belongs to another view.
  const data = regions.data?.category === view.category && regions.data.month === view.to ? regions.data : undefined
  const rows = useMemo(
    () => (data ? rankRegions(data, meta, lang, metric, view.compare) : null),
    [data, meta, lang, metric, view.compare],
  )
  const height = Math.max(rows?.length ?? 25, 5) * ROW_HEIGHT + 40

  const controls = (
    <label className="inline-control">
      <span>{t.regionsSort}</span>
      <select value={metric} onChange={(e) => setMetric(e.target.value as RankMetric)}>
        <option value="value">{t.regionsByValue}</option>
        {hasTarget ? <option value="attainment">{t.regionsByAttainment}</option> : null}
        <option value="change">{t.regionsByChange(view.compare === 'mom' ? t.mom : t.yoy)}</option>
      </select>
    </label>
  )

  const selected = view.region
  const content = useMemo(() => {
    if (!rows) return undefined
    if (rows.length === 0) return t.empty
    const none = nothingToCompare(rows, meta, view, metric)
    if (none) return none
    return {
      summary: regionsSummary(rows, meta, view, metric),
      table: regionsTable(rows, lang, view.compare),
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
          scale={niceScale(
            rows.flatMap((r) => (r.metric === null ? [] : [r.metric])),
            { fromZero: true },
          )}
          tickFormat={(v) => (metric === 'attainment' ? formatPercent(v, lang) : formatPersonsTick(v, lang))}
          labelWidth={lang === 'zh' ? 64 : 110}
          barSize={14}
          margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
          reference={metric === 'attainment' ? { value: 1 } : undefined}
          select={{ onSelect: (region) => setView({ region }), label: (bar) => t.regionsSelect(bar.label) }}
        />
      ),
    }
  }, [rows, selected, setView, metric, lang, meta, view, t])

  return (
    <ChartFrame
      id="regions"
      title={`${t.regionsTitle(category)} · ${formatMonth(view.to, lang)}`}
      height={height}
      query={regions}
      content={content}
      controls={controls}
    />
  )
}
