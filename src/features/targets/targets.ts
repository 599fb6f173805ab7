/** Actual against annual target, per category that has one. */
import type { CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { Targets } from '../../api/targets'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersonsProse, shownDifference, type Lang } from '../../lib/format'
import { categoryName, placeOf } from '../../lib/names'
import { attainment, isMet } from '../../lib/stats'
import type { View } from '../../lib/view'
import { messages, type TargetClause } from './messages'

export interface TargetRow {
  category: CategoryId
  name: string
  value: number
  target: number
  attainment: number
}

export function buildTargetRows(targets: Targets, meta: Meta, lang: Lang): TargetRow[] {
  return targets.items.map((item) => ({
    category: item.category,
    name: categoryName(meta, item.category, lang),
    value: item.value,
    target: item.target,
    attainment: attainment(item.value, item.target)!,
  }))
}

/** The attainment axis runs to at least 120% so the 100% line always sits inside it. */
export function attainmentDomain(rows: TargetRow[]): [number, number] {
  const high = Math.max(1.2, ...rows.map((r) => r.attainment))
  return [0, Math.ceil(high * 10) / 10]
}

/** Ticks every 20% up the attainment axis. */
export function attainmentTicks(rows: TargetRow[]): number[] {
  const [, high] = attainmentDomain(rows)
  return Array.from({ length: Math.floor(high / 0.2 + 1e-9) + 1 }, (_, i) => Math.round(i * 20) / 100)
}

export function targetsTable(rows: TargetRow[], lang: Lang): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'name', label: t.category, kind: 'text' },
      { key: 'value', label: t.targetsActual, kind: 'persons' },
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'attainment', label: t.targetsAttainment, kind: 'ratio' },
    ],
    rows: rows.map((r) => ({ name: r.name, value: r.value, target: r.target, attainment: r.attainment })),
  }
}

/**
 * 「截至2024年8月底，全国3项年度目标任务均已完成，其中重点帮扶县脱贫人口务工就业规模完成比例最高，为113.2%。」
 * Branches on none, one, some and all of the targets met, and on a region with a single target.
 */
export function targetsSummary(rows: TargetRow[], meta: Meta, view: Pick<View, 'lang' | 'region' | 'to'>): string {
  const { lang } = view
  const t = messages[lang]
  const place = placeOf(meta, view.region, lang)
  const targets: TargetClause[] = [...rows]
    .sort((a, b) => b.attainment - a.attainment)
    .map((row) => {
      const gap = shownDifference(row.value, row.target, lang)
      return {
        subject: t.subject(row.category, null),
        placed: t.subject(row.category, place),
        pct: formatPercent(row.attainment, lang),
        met: isMet(row.attainment),
        gap: gap === 0 ? null : formatPersonsProse(Math.abs(gap), lang),
      }
    })
  return t.summaryTargets({ end: formatMonth(view.to, lang, 'full'), place, targets })
}
