import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { PanelProps } from '../../app/Dashboard'
import { targetsQueries } from '../../api/targets'
import { ChartFrame } from '../../charts/ChartFrame'
import { HBarChart } from '../../charts/HBarChart'
import { colors } from '../../charts/theme'
import { formatPercent, formatPersons, personsUnit } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import { regionName } from '../../lib/names'
import { attainmentDomain, attainmentTicks, buildTargetRows, targetsSummary, targetsTable } from './targets'

const HEIGHT = 240

export function TargetsPanel({ meta, view }: PanelProps) {
  const t = useMessages()
  const { lang } = view
  const region = regionName(meta, view.region, lang)
  const targets = useQuery(targetsQueries.one({ region: view.region, month: view.to }))

  const content = useMemo(() => {
    if (!targets.data) return undefined
    const rows = buildTargetRows(targets.data, meta, lang)
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
  }, [targets.data, meta, lang, view, t])

  return <ChartFrame id="targets" title={t.targetsTitle(region)} height={HEIGHT} query={targets} content={content} />
}
