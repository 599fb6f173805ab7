import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Meta } from '../../api/meta'
import { channelsQueries, type Channels } from '../../api/channels'
import { ChartFrame } from '../../panel/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { HBarChart } from '../../charts/HBarChart'
import { niceScale } from '../../charts/scale'
import { colors } from '../../charts/theme'
import { useContentView } from '../../panel/useContentView'
import { usePanelState } from '../../panel/usePanelState'
import { formatPercent, formatPersons, formatPersonsTick, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { categoryName, regionName } from '../../lib/names'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { buildChannelRows, sharesMissRounding, channelsSummary, channelsTable } from './channels'
import { messages } from './messages'

const HEIGHT = 260

/** The channels chart for one view: pure, from the data and the view it belongs to. */
function channelsContent(meta: Meta, data: Channels, view: View): ChartContent | string {
  const { lang } = view
  const t = messages[lang]
  const rows = buildChannelRows(data, meta, lang)
  const summary = channelsSummary(rows, data.total, meta, view)
  if (!summary) return t.empty
  const scale = niceScale(
    rows.map((r) => r.value),
    { fromZero: true },
  )
  const missing = data.notReported ?? []
  const notes = [
    ...(missing.length
      ? [
          t.notReportedCategories(
            regionName(meta, view.region, lang),
            missing.map((c) => categoryName(meta, c, lang)).join(t.listSeparator),
          ),
        ]
      : []),
    ...(sharesMissRounding(rows) ? [t.channelsRounding] : []),
  ]
  return {
    summary,
    note: notes.length ? notes.join(lang === 'zh' ? '' : ' ') : undefined,
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
        scale={scale}
        tickFormat={(v) => formatPersonsTick(v, lang, scale.ticks)}
        labelWidth={lang === 'zh' ? 150 : 250}
        barSize={20}
        margin={{ top: 8, right: lang === 'zh' ? 120 : 150, bottom: 4, left: 8 }}
        valueLabels="outside"
      />
    ),
  }
}

export function ChannelsPanel({ meta, view }: ViewProps) {
  const t = useMessages(messages)
  const channels = useQuery(channelsQueries.one({ region: view.region, month: view.to }))
  const state = usePanelState([channels], channels.data, view)
  const { shown } = state

  // the Regions tab and the regions compared on the trend are not this panel's: changing them keeps the chart
  const contentView = useContentView(shown?.view, ['provinces', 'with', 'axis'])
  const shownData = shown?.data
  const content = useMemo(
    () => (shownData && contentView ? channelsContent(meta, shownData, contentView) : undefined),
    [meta, shownData, contentView],
  )

  const title = t.channelsTitle(regionName(meta, state.view.region, state.view.lang))
  return <ChartFrame id="channels" meta={meta} title={title} height={HEIGHT} state={state} content={content} />
}
