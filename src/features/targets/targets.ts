/** Actual against annual target, per category that has one. */
import type { Meta } from '../../api/meta'
import type { Targets } from '../../api/targets'
import type { TableData } from '../../charts/table'
import { formatMonth, formatPercent, type Lang } from '../../lib/format'
import { messages } from '../../lib/i18n'
import { categoryName } from '../../lib/names'
import { attainment } from '../../lib/stats'

export interface TargetRow {
  category: string
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

export function targetsSummary(rows: TargetRow[], month: string, region: string, lang: Lang): string {
  const best = rows.reduce((a, b) => (b.attainment > a.attainment ? b : a))
  return messages[lang].summaryTargets({
    month: formatMonth(month, lang),
    region,
    count: rows.length,
    met: rows.filter((r) => r.attainment >= 1).length,
    best: best.name,
    pct: formatPercent(best.attainment, lang),
  })
}
