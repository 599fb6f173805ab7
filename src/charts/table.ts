/**
 * The numbers behind a chart, as a table: what the chart plots, what the data table shows and what a CSV export
 * writes. One shape for all three, so they cannot disagree.
 */
import { formatMonth, formatPercent, formatPersons, personsUnit, type Lang } from '../lib/format'

export type ColumnKind = 'text' | 'month' | 'persons' | 'ratio'

export interface Column {
  key: string
  label: string
  kind: ColumnKind
}

export type Cell = string | number | null
export type Row = Record<string, Cell>

export interface TableData {
  columns: Column[]
  rows: Row[]
}

/** A cell as the data table shows it, in the language's format; an empty cell shows a dash. */
export function formatCell(value: Cell, kind: ColumnKind, lang: Lang): string {
  if (value === null) return '—'
  if (typeof value === 'string') return kind === 'month' ? formatMonth(value, lang) : value
  if (kind === 'persons') return formatPersons(value, lang)
  if (kind === 'ratio') return formatPercent(value, lang)
  return String(value)
}

/** The unit a column's numbers are in, for headers: persons as whole persons in exports. */
export function columnUnit(kind: ColumnKind, lang: Lang): string | null {
  if (kind === 'ratio') return '%'
  if (kind === 'persons') return personsUnit(lang)
  return null
}
