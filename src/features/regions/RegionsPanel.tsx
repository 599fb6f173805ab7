import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { PanelProps } from '../../app/Dashboard'
import { regionsQueries } from '../../api/regions'
import { ChartFrame } from '../../charts/ChartFrame'
import { niceScale } from '../../charts/scale'
import { chartFont, colors } from '../../charts/theme'
import { formatMonth, formatPercent, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { categoryName, categoryOf } from '../../lib/names'
import { onlyKnownRegions, rankRegions, regionsSummary, regionsTable, type RankMetric } from './regions'

const ROW_HEIGHT = 22

export function RegionsPanel({ meta, view, setView }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const [chosen, setMetric] = useState<RankMetric>('value')
  const hasTarget = categoryOf(meta, view.category)?.hasTarget ?? false
  const metric = chosen === 'attainment' && !hasTarget ? 'value' : chosen
  const category = categoryName(meta, view.category, lang)
  const regions = useQuery({
    ...regionsQueries.one({ category: view.category, month: view.to }),
    select: (data) => onlyKnownRegions(data, meta),
  })
  const rows = regions.data ? rankRegions(regions.data, meta, lang, metric, view.compare) : null
  const height = Math.max(rows?.length ?? 25, 5) * ROW_HEIGHT + 40
  const scale = niceScale(rows?.flatMap((r) => (r.metric === null ? [] : [r.metric])) ?? [], { fromZero: true })
  const tick = (v: number) => (metric === 'attainment' ? formatPercent(v, lang) : formatPersonsTick(v, lang))

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

  const content =
    rows && rows.length > 0
      ? {
          summary: regionsSummary(rows, view.to, category, lang),
          table: regionsTable(rows, lang, view.compare),
          unit: metric === 'attainment' ? `${t.targetsAttainment} %` : personsUnit(lang),
          chart: (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 4, left: 8 }} barSize={14}>
                <CartesianGrid stroke={colors.grid} horizontal={false} />
                <XAxis
                  type="number"
                  domain={scale.domain}
                  ticks={scale.ticks}
                  tickFormatter={tick}
                  tick={chartFont}
                  stroke={colors.grid}
                />
                <YAxis
                  type="category"
                  dataKey="region"
                  width={lang === 'zh' ? 64 : 110}
                  interval={0}
                  stroke={colors.grid}
                  tick={(tickProps: { x: number | string; y: number | string; index: number }) => {
                    const props = { x: Number(tickProps.x), y: Number(tickProps.y), index: tickProps.index }
                    const row = rows[props.index]
                    const select = () => setView({ region: row.region })
                    return (
                      <text
                        x={props.x - 6}
                        y={props.y}
                        dy={4}
                        textAnchor="end"
                        fontSize={12}
                        fill={row.region === view.region ? colors.selected : colors.text}
                        fontWeight={row.region === view.region ? 700 : 400}
                        className="region-tick"
                        role="button"
                        tabIndex={0}
                        aria-label={t.regionsSelect(row.name)}
                        onClick={select}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault()
                            select()
                          }
                        }}
                      >
                        {row.name}
                      </text>
                    )
                  }}
                />
                {metric === 'attainment' ? <ReferenceLine x={1} stroke={colors.target} strokeDasharray="6 3" /> : null}
                <Bar
                  dataKey="metric"
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(_, index) => setView({ region: rows[index].region })}
                >
                  {rows.map((row) => (
                    <Cell key={row.region} fill={row.region === view.region ? colors.selected : colors.bar} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          ),
        }
      : rows
        ? t.empty
        : undefined

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
