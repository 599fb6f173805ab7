import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { PanelProps } from '../../app/Dashboard'
import { channelsQueries } from '../../api/channels'
import { ChartFrame } from '../../charts/ChartFrame'
import { HBarChart } from '../../charts/HBarChart'
import { niceScale } from '../../charts/scale'
import { colors } from '../../charts/theme'
import { formatPercent, formatPersons, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { regionName } from '../../lib/names'
import { buildChannelRows, channelsSummary, channelsTable } from './channels'

const HEIGHT = 260

export function ChannelsPanel({ meta, view }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const region = regionName(meta, view.region, lang)
  const channels = useQuery(channelsQueries.one({ region: view.region, month: view.to }))

  const content = useMemo(() => {
    if (!channels.data) return undefined
    const rows = buildChannelRows(channels.data, meta, lang)
    const summary = channelsSummary(rows, channels.data.total, meta, view)
    if (!summary) return t.empty
    return {
      summary,
      table: channelsTable(rows, lang),
      unit: personsUnit(lang),
      chart: (
        <HBarChart
          bars={rows.map((row) => ({
            key: row.category,
            label: row.part ? t.channelsPart(row.name) : row.name,
            value: row.value,
            fill: row.part ? colors.barMuted : colors.bar,
            valueLabel: `${formatPersons(row.value, lang)} · ${formatPercent(row.share, lang)}`,
          }))}
          scale={niceScale(
            rows.map((r) => r.value),
            { fromZero: true },
          )}
          tickFormat={(v) => formatPersonsTick(v, lang)}
          labelWidth={lang === 'zh' ? 150 : 210}
          barSize={20}
          margin={{ top: 8, right: lang === 'zh' ? 120 : 150, bottom: 4, left: 8 }}
          valueLabels="outside"
        />
      ),
    }
  }, [channels.data, meta, lang, view, t])

  return <ChartFrame id="channels" title={t.channelsTitle(region)} height={HEIGHT} query={channels} content={content} />
}
