/** The provinces ranked by a metric of the selected category and month. */
import type { Meta } from '../../api/meta'
import type { RegionsData } from '../../api/regions'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersonsProse, type Lang } from '../../lib/format'
import { regionName } from '../../lib/names'
import { regionsReports } from '../../lib/reports'
import { attainment, change, isMet, isYearRestart } from '../../lib/stats'
import type { Compare, View } from '../../lib/view'
import { messages } from './messages'

/** What the provinces are ranked, and the map coloured, by: the number, attainment of the target, or the change. */
export type RankMetric = 'value' | 'attainment' | 'change'

export interface RegionRow {
  region: string
  name: string
  /** false for a province that reports the category but has not yet reported the month: no figure, never a zero */
  reported: boolean
  /** null when not reported */
  value: number | null
  target: number | null
  attainment: number | null
  /** change on the previous month or year, as the compare filter says; null for a January month on month */
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
  const rows: RegionRow[] = data.items.map((item) => {
    const row = {
      region: item.region,
      name: regionName(meta, item.region, lang),
      reported: true,
      value: item.value,
      target: item.target,
      attainment: attainment(item.value, item.target),
      // A January is not compared with December: the yearly count restarts.
      change:
        compare === 'mom' && isYearRestart(data.month)
          ? null
          : (change(item.value, compare === 'mom' ? item.previousMonth : item.previousYear)?.delta ?? null),
    }
    return { ...row, metric: row[metric] }
  })
  // Highest first; provinces without the metric go last, in code order, so the ranking is stable. Codes are six
  // digits: compared as plain strings (localeCompare, which builds on ICU collation, cost a millisecond a change).
  const byCode = (a: { region: string }, b: { region: string }) =>
    a.region < b.region ? -1 : a.region > b.region ? 1 : 0
  rows.sort((a, b) =>
    a.metric === null || b.metric === null
      ? (a.metric === null ? 1 : 0) - (b.metric === null ? 1 : 0) || byCode(a, b)
      : b.metric - a.metric || byCode(a, b),
  )
  // A province that has not reported is a row of its own at the end, never ranked (lib/reports.ts).
  const missing = [...(regionsReports(data)?.regions ?? [])].sort()
  return [
    ...rows,
    ...missing.map((region) => ({
      region,
      name: regionName(meta, region, lang),
      reported: false,
      value: null,
      target: null,
      attainment: null,
      change: null,
      metric: null,
    })),
  ]
}

/** The names of the provinces that have not reported, in the ranking's order. */
export function notReportedNames(rows: readonly RegionRow[]): string[] {
  return rows.filter((r) => !r.reported).map((r) => r.name)
}

/** The ranking's table: with a status column when a province has not reported, whose row says so (no number). */
export function regionsTable(rows: RegionRow[], lang: Lang, compare: Compare): TableData {
  const t = messages[lang]
  const missing = rows.some((r) => !r.reported)
  return {
    columns: [
      { key: 'name', label: t.region, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      ...(missing ? [{ key: 'status', label: t.statusLabel, kind: 'text' as const }] : []),
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'attainment', label: t.targetsAttainment, kind: 'ratio' },
      { key: 'change', label: compare === 'mom' ? t.mom : t.yoy, kind: 'persons', signed: true },
    ],
    rows: rows.map(({ name, reported, value, target, attainment, change }) => ({
      name,
      value,
      ...(missing ? { status: reported ? t.statusComplete : t.notReported } : {}),
      target,
      attainment,
      change,
    })),
  }
}

type SentenceView = Pick<View, 'lang' | 'category' | 'to' | 'compare'>

/**
 * Why a ranking by a change has nothing to rank (issue 16 #7): no province has the value it would be compared with,
 * because the end month is the first month of the data (or of its first year), or a January. Null when there is
 * something to rank; the panel shows the string as its empty message.
 */
export function nothingToCompare(rows: RegionRow[], meta: Meta, view: SentenceView, metric: RankMetric): string | null {
  if (metric !== 'change' || !rows.some((r) => r.reported) || rows.some((r) => r.metric !== null)) return null
  const { lang } = view
  const first = meta.months[0] ?? view.to
  const yearBefore = `${Number(view.to.slice(0, 4)) - 1}${view.to.slice(4)}`
  const why =
    view.compare === 'mom'
      ? view.to === first
        ? 'first'
        : isYearRestart(view.to)
          ? 'restart'
          : 'missing'
      : yearBefore < first
        ? 'first'
        : 'missing'
  return messages[lang].regionsNothingToCompare({
    compare: view.compare,
    why,
    end: formatMonth(view.to, lang, 'full'),
    first: formatMonth(first, lang, 'full'),
  })
}

/**
 * The ranking in one sentence, naming the metric it is sorted by, its first and last province and, for a category
 * with targets, how many of how many provinces have met theirs, then who has not reported (never ranked, never
 * counted): 「截至2024年8月底，各省份脱贫人口务工就业规模按人数
 * 排列，云南居首（329.5万人），福建居末（6.6万人）；25个省份中14个已完成年度目标任务。」
 */
export function regionsSummary(rows: RegionRow[], meta: Meta, view: SentenceView, metric: RankMetric): string {
  const { lang } = view
  const t = messages[lang]
  const shown = (row: RegionRow) =>
    metric === 'attainment'
      ? formatPercent(row.metric!, lang)
      : formatPersonsProse(row.metric!, lang, { signed: metric === 'change' })
  const ranked = rows.filter((r) => r.metric !== null)
  const top = ranked[0]
  if (!top) return nothingToCompare(rows, meta, view, metric) ?? t.empty
  const bottom = ranked.length > 1 ? ranked[ranked.length - 1] : null
  const withTarget = rows.filter((r) => r.attainment !== null)
  const met = withTarget.filter((r) => isMet(r.attainment!))
  return t.summaryRegions({
    end: formatMonth(view.to, lang, 'full'),
    subject: t.subject(view.category, null),
    metric,
    compare: view.compare,
    top: { name: top.name, shown: shown(top) },
    bottom: bottom && { name: bottom.name, shown: shown(bottom) },
    met: withTarget.length ? { count: met.length, total: withTarget.length, names: met.map((r) => r.name) } : null,
    missing: notReportedNames(rows),
  })
}

/**
 * The provinces below their annual targets, furthest below first, with their attainment as shown: the sentence a
 * document of the view (the briefing) adds to the ranking's summary. Null when the category has no targets or every
 * province has met its target (the summary says so).
 */
export function belowTargetSentence(rows: RegionRow[], view: Pick<View, 'lang'>): string | null {
  const below = rows
    .filter((r) => r.attainment !== null && !isMet(r.attainment))
    .sort((a, b) => a.attainment! - b.attainment!)
  if (below.length === 0) return null
  return messages[view.lang].regionsBelowTarget(
    below.map((r) => ({ name: r.name, pct: formatPercent(r.attainment!, view.lang) })),
  )
}
