/** The provinces ranked by a metric of the selected category and month. */
import type { Meta } from '../../api/meta'
import type { RegionsData } from '../../api/regions'
import type { TableData } from '../../charts/table'
import { formatMonth, formatPersons, type Lang } from '../../lib/format'
import { messages } from '../../lib/i18n'
import { regionName } from '../../lib/names'
import { attainment, change } from '../../lib/stats'
import type { Compare } from '../../lib/view'

export type RankMetric = 'value' | 'attainment' | 'change'

export interface RegionRow {
  region: string
  name: string
  value: number
  target: number | null
  attainment: number | null
  /** change on the previous month or year, as the compare filter says */
  change: number | null
  /** the number the bar shows and the rank follows */
  metric: number | null
}

export function rankRegions(
  data: RegionsData,
  meta: Meta,
  lang: Lang,
  metric: RankMetric,
  compare: Compare,
): RegionRow[] {
  const rows = data.items.map((item) => {
    const row = {
      region: item.region,
      name: regionName(meta, item.region, lang),
      value: item.value,
      target: item.target,
      attainment: attainment(item.value, item.target),
      change: change(item.value, compare === 'mom' ? item.previousMonth : item.previousYear)?.delta ?? null,
    }
    return { ...row, metric: row[metric] }
  })
  // Highest first; provinces without the metric go last, in code order, so the ranking is stable.
  return rows.sort((a, b) =>
    a.metric === null || b.metric === null
      ? (a.metric === null ? 1 : 0) - (b.metric === null ? 1 : 0) || a.region.localeCompare(b.region)
      : b.metric - a.metric || a.region.localeCompare(b.region),
  )
}

export function regionsTable(rows: RegionRow[], lang: Lang, compare: Compare): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'name', label: t.region, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'attainment', label: t.targetsAttainment, kind: 'ratio' },
      { key: 'change', label: compare === 'mom' ? t.mom : t.yoy, kind: 'persons' },
    ],
    rows: rows.map(({ name, value, target, attainment, change }) => ({ name, value, target, attainment, change })),
  }
}

export function regionsSummary(rows: RegionRow[], month: string, category: string, lang: Lang): string {
  const byValue = [...rows].sort((a, b) => b.value - a.value)
  const top = byValue[0]
  const bottom = byValue[byValue.length - 1]
  const withTarget = rows.filter((r) => r.attainment !== null)
  return messages[lang].summaryRegions({
    month: formatMonth(month, lang),
    category,
    top: top.name,
    topValue: formatPersons(top.value, lang),
    bottom: bottom.name,
    bottomValue: formatPersons(bottom.value, lang),
    met: withTarget.length ? withTarget.filter((r) => r.attainment! >= 1).length : null,
  })
}
