import { useQuery } from '@tanstack/react-query'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { PanelProps } from '../../app/Dashboard'
import { channelsQueries } from '../../api/channels'
import { ChartFrame } from '../../charts/ChartFrame'
import { niceScale } from '../../charts/scale'
import { chartFont, colors } from '../../charts/theme'
import { formatPercent, formatPersons, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { regionName } from '../../lib/names'
import { buildChannelRows, channelsSummary, channelsTable, type ChannelRow } from './channels'

const HEIGHT = 260

export function ChannelsPanel({ meta, view }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const region = regionName(meta, view.region, lang)
  const channels = useQuery(channelsQueries.one({ region: view.region, month: view.to }))
  const rows = channels.data ? buildChannelRows(channels.data, meta, lang) : null
  const summary = rows ? channelsSummary(rows, view.to, region, lang) : null

  const content =
    rows && summary
      ? {
          summary,
          table: channelsTable(rows, lang),
          unit: personsUnit(lang),
          chart: (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={rows}
                layout="vertical"
                margin={{ top: 8, right: lang === 'zh' ? 120 : 150, bottom: 4, left: 8 }}
                barSize={20}
              >
                <CartesianGrid stroke={colors.grid} horizontal={false} />
                <XAxis
                  type="number"
                  {...niceScale(
                    rows.map((r) => r.value),
                    { fromZero: true },
                  )}
                  tickFormatter={(v: number) => formatPersonsTick(v, lang)}
                  tick={chartFont}
                  stroke={colors.grid}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={lang === 'zh' ? 150 : 210}
                  interval={0}
                  stroke={colors.grid}
                  tick={(tickProps: { x: number | string; y: number | string; index: number }) => {
                    const props = { x: Number(tickProps.x), y: Number(tickProps.y), index: tickProps.index }
                    const row = rows[props.index]
                    return (
                      <text x={props.x - 6} y={props.y} dy={4} textAnchor="end" fontSize={12} fill={colors.text}>
                        {row.part ? t.channelsPart(row.name) : row.name}
                      </text>
                    )
                  }}
                />
                <Bar dataKey="value" isAnimationActive={false}>
                  {rows.map((row) => (
                    <Cell key={row.category} fill={row.part ? colors.barMuted : colors.bar} />
                  ))}
                  <LabelList
                    position="right"
                    fill={colors.text}
                    fontSize={12}
                    valueAccessor={(entry: { payload: ChannelRow }) =>
                      `${formatPersons(entry.payload.value, lang)} · ${formatPercent(entry.payload.share, lang)}`
                    }
                  />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          ),
        }
      : rows
        ? t.empty
        : undefined

  return <ChartFrame id="channels" title={t.channelsTitle(region)} height={HEIGHT} query={channels} content={content} />
}
