import { useQuery } from '@tanstack/react-query'
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { PanelProps } from '../../app/Dashboard'
import { targetsQueries } from '../../api/targets'
import { ChartFrame } from '../../charts/ChartFrame'
import { chartFont, colors } from '../../charts/theme'
import { formatPercent, formatPersons, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { regionName } from '../../lib/names'
import {
  attainmentDomain,
  attainmentTicks,
  buildTargetRows,
  targetsSummary,
  targetsTable,
  type TargetRow,
} from './targets'

const HEIGHT = 240

export function TargetsPanel({ meta, view }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const region = regionName(meta, view.region, lang)
  const targets = useQuery(targetsQueries.one({ region: view.region, month: view.to }))
  const rows = targets.data ? buildTargetRows(targets.data, meta, lang) : null

  const content =
    rows && rows.length > 0
      ? {
          summary: targetsSummary(rows, view.to, region, lang),
          table: targetsTable(rows, lang),
          unit: `${t.targetsAttainment} % · ${personsUnit(lang)}`,
          chart: (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 20, right: 24, bottom: 4, left: 8 }} barSize={22}>
                <CartesianGrid stroke={colors.grid} horizontal={false} />
                <XAxis
                  type="number"
                  domain={attainmentDomain(rows)}
                  ticks={attainmentTicks(rows)}
                  tickFormatter={(v: number) => formatPercent(v, lang, { digits: 0 })}
                  tick={chartFont}
                  stroke={colors.grid}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={lang === 'zh' ? 150 : 200}
                  stroke={colors.grid}
                  tick={(tickProps: { x: number | string; y: number | string; index: number }) => {
                    const props = { x: Number(tickProps.x), y: Number(tickProps.y), index: tickProps.index }
                    const row: TargetRow = rows[props.index]
                    return (
                      <text x={props.x} y={props.y} textAnchor="end" fill={colors.text} fontSize={12}>
                        <tspan x={props.x - 6} dy={-3}>
                          {row.name}
                        </tspan>
                        <tspan x={props.x - 6} dy={15} fill={colors.axis} fontSize={11}>
                          {`${formatPersons(row.value, lang)} / ${formatPersons(row.target, lang)}`}
                        </tspan>
                      </text>
                    )
                  }}
                />
                <Bar dataKey="attainment" name={t.targetsAttainment} fill={colors.bar} isAnimationActive={false}>
                  <LabelList
                    dataKey="attainment"
                    position="insideRight"
                    fill="#fff"
                    fontSize={12}
                    formatter={(v: unknown) => formatPercent(Number(v), lang)}
                  />
                </Bar>
                <ReferenceLine
                  x={1}
                  stroke={colors.target}
                  strokeDasharray="6 3"
                  strokeWidth={2}
                  label={{ value: '100%', position: 'top', fill: colors.target, fontSize: 12 }}
                />
              </BarChart>
            </ResponsiveContainer>
          ),
        }
      : rows
        ? t.empty
        : undefined

  return <ChartFrame id="targets" title={t.targetsTitle(region)} height={HEIGHT} query={targets} content={content} />
}
