import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Meta } from '../../api/meta'
import type { Targets } from '../../api/targets'
import { ChartFrame } from '../../panel/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { HBarChart } from '../../charts/HBarChart'
import { colors } from '../../charts/theme'
import { useContentView } from '../../panel/useContentView'
import { usePanelState } from '../../panel/usePanelState'
import { formatPercent, formatPersons, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { regionName } from '../../lib/names'
import type { View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { messages } from './messages'
import { attainmentDomain, attainmentTicks, buildTargetRows, targetsSummary, targetsTable } from './targets'
import { targetsPanelQuery } from './queries'

const HEIGHT = 240

/** The targets chart for one view: pure, from the data and the view it belongs to. */
function targetsContent(meta: Meta, data: Targets, view: View): ChartContent | string {
  const { lang } = view
  const t = messages[lang]
  const rows = buildTargetRows(data, meta, lang)
  if (rows.length === 0) return t.empty
  return {
    summary: targetsSummary(rows, meta, view),
    table: targetsTable(rows, lang),
    unit: `${t.targetsAttainment} % · ${personsUnit(lang)}`,
    chart: (
      <HBarChart
        bars={rows.map((row) => ({
          key: row.category,
          label: row.name,
          sublabel: `${formatPersons(row.value, lang)} / ${formatPersons(row.target, lang)}`,
          value: row.attainment,
          fill: colors.bar,
          valueLabel: formatPercent(row.attainment, lang),
        }))}
        scale={{ domain: attainmentDomain(rows), ticks: attainmentTicks(rows) }}
        tickFormat={(v) => formatPercent(v, lang, { digits: 0 })}
        labelWidth={lang === 'zh' ? 150 : 200}
        barSize={22}
        margin={{ top: 20, right: 24, bottom: 4, left: 8 }}
        valueLabels="inside"
        reference={{ value: 1, label: '100%', strokeWidth: 2 }}
      />
    ),
  }
}

export function TargetsPanel({ meta, view }: ViewProps) {
  const t = useMessages(messages)
  const targets = useQuery(targetsPanelQuery(view))
  const state = usePanelState([targets], targets.data, view)
  const { shown } = state

  // the Regions tab and the regions compared on the trend are not this panel's: changing them keeps the chart
  const contentView = useContentView(shown?.view, ['provinces', 'with', 'axis'])
  const shownData = shown?.data
  const content = useMemo(
    () => (shownData && contentView ? targetsContent(meta, shownData, contentView) : undefined),
    [meta, shownData, contentView],
  )

  const title = t.targetsTitle(regionName(meta, state.view.region, state.view.lang))
  return <ChartFrame id="targets" meta={meta} title={title} height={HEIGHT} state={state} content={content} />
}
