/**
 * The numbers behind a chart, as a table: what the chart plots, what the data table shows and what a CSV export
 * writes. One shape for all three, so they cannot disagree.
 */
import { formatMonth, formatPercent, formatPersons, type Lang } from './format'

export type ColumnKind = 'text' | 'month' | 'persons' | 'ratio'

export interface Column {
  key: string
  label: string
  kind: ColumnKind
  /** a change: shown with its sign either way (+4.5万, −6279人), as cards and sentences write changes */
  signed?: boolean
}

export type Cell = string | number | null
export type Row = Record<string, Cell>

export interface TableData {
  columns: Column[]
  rows: Row[]
}

/** A cell as the data table shows it, in the language's format (a change signed); an empty cell shows a dash. */
export function formatCell(value: Cell, kind: ColumnKind, lang: Lang, signed = false): string {
  if (value === null) return '—'
  if (typeof value === 'string') return kind === 'month' ? formatMonth(value, lang) : value
  if (kind === 'persons') return formatPersons(value, lang, { signed })
  if (kind === 'ratio') return formatPercent(value, lang, { signed })
  return String(value)
}

/** Made when a table is first sorted, not as the panels' code loads (a Chinese collator costs milliseconds cold). */
const collators: Partial<Record<Lang, Intl.Collator>> = {}
const collator = (lang: Lang) => (collators[lang] ??= new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en'))

/** Numbers by value, text by the language's collation (pinyin in Chinese, alphabetical in English); empty last. */
export function compareCells(a: Cell, b: Cell, lang: Lang): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator(lang).compare(String(a), String(b))
}
