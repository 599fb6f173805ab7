import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Meta } from '../../api/meta'
import type { Channels } from '../../api/channels'
import type { Monitoring } from '../../api/monitoring'
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
import { channelsIncomplete } from '../../lib/reports'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { absentChannels, buildChannelRows, channelsSummary, channelsTable, sharesMissRounding } from './channels'
import { messages } from './messages'
import { channelsPanelQueries } from './queries'

const HEIGHT = 260
/** on a phone the labels go above the bars (charts/labels.ts): two lines of text and a bar a row */
const PHONE_HEIGHT = 340

interface ChannelsData {
  channels: Channels
  /** the end month's /monitoring when a figure is a sum of the reports received: who is missing */
  monitoring: Monitoring | undefined
}

/** The channels chart for one view: pure, from the data and the view it belongs to. */
function channelsContent(meta: Meta, data: ChannelsData, view: View): ChartContent | string {
  const { lang } = view
  const t = messages[lang]
  const rows = buildChannelRows(data.channels, meta, lang, { nationalId: meta.nationalId, monitoring: data.monitoring })
  const absent = absentChannels(data.channels, meta, lang)
  const summary = channelsSummary(rows, data.channels.total, meta, view)
  if (!summary) return t.empty
  const scale = niceScale(
    rows.map((r) => r.value),
    { fromZero: true },
  )
  const missing = data.channels.notReported ?? []
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
    table: channelsTable(rows, lang, absent),
    unit: personsUnit(lang),
    chart: (
      <HBarChart
        bars={[
          ...rows.map((row) => {
            const shown = `${formatPersons(row.value, lang)} · ${formatPercent(row.share, lang)}`
            return {
              key: row.category,
              label: row.part ? t.channelsPart(row.name) : row.name,
              // an incomplete figure (a sum of the reports received) says so on its row and beside its share
              sublabel: row.incomplete ? t.channelsIncompleteLabel(row.incomplete) : undefined,
              value: row.value,
              fill: row.part ? colors.barMuted : colors.bar,
              valueLabel: row.incomplete ? t.channelsIncompleteValue(shown) : shown,
            }
          }),
          // a category not yet reported: a row of its own, without a bar
          ...absent.map((row) => ({
            key: row.category,
            label: row.part ? t.channelsPart(row.name) : row.name,
            value: null,
            fill: colors.bar,
            note: t.notReported,
          })),
        ]}
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

export function ChannelsPanel({ meta, scope, view }: ViewProps) {
  const t = useMessages(messages)
  const queries = channelsPanelQueries(scope, view)
  const channels = useQuery(queries.channels)
  // who has not reported a national figure: waited for when one is incomplete; without it the count is said
  const monitoring = useQuery(queries.monitoring)
  const needsReports = channels.data !== undefined && channelsIncomplete(channels.data)
  const reportsPending = needsReports && monitoring.isPending
  const data = useMemo(
    (): ChannelsData | undefined =>
      channels.data && !reportsPending
        ? { channels: channels.data, monitoring: needsReports ? monitoring.data : undefined }
        : undefined,
    [channels.data, reportsPending, needsReports, monitoring.data],
  )
  const state = usePanelState([channels], data, view)
  const { shown } = state

  // the Regions tab and the regions compared on the trend are not this panel's: changing them keeps the chart
  const contentView = useContentView(shown?.view, ['provinces', 'with', 'axis'])
  const shownData = shown?.data
  const content = useMemo(
    () => (shownData && contentView ? channelsContent(meta, shownData, contentView) : undefined),
    [meta, shownData, contentView],
  )

  const title = t.channelsTitle(regionName(meta, state.view.region, state.view.lang))
  return (
    <ChartFrame
      id="channels"
      meta={meta}
      title={title}
      height={HEIGHT}
      phoneHeight={PHONE_HEIGHT}
      state={state}
      content={content}
    />
  )
}
