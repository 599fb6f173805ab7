/**
 * CSV of a chart's table: exactly the numbers plotted, in whole persons (not 万 or millions) so nothing is lost
 * to rounding, ratios as percentages. UTF-8 with a byte-order mark so Excel opens Chinese correctly, RFC 4180
 * quoting and CRLF line ends, and text cells that a spreadsheet would run as a formula neutralised.
 */
import type { Lang } from '../lib/format'
import type { Cell, Column, TableData } from '../lib/table'

const BOM = '\uFEFF'

/** Text that a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice). */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function headerLabel(column: Column, lang: Lang): string {
  if (column.kind === 'persons') return lang === 'zh' ? `${column.label}（人）` : `${column.label} (persons)`
  if (column.kind === 'ratio') return lang === 'zh' ? `${column.label}（%）` : `${column.label} (%)`
  return column.label
}

function cellText(value: Cell, column: Column): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    // Ratios as percentages to two decimals (109.14); persons are whole numbers already.
    return column.kind === 'ratio' ? (Math.round(value * 10_000) / 100).toFixed(2) : String(value)
  }
  return neutraliseFormula(value)
}

export function tableToCsv(table: TableData, lang: Lang): string {
  const lines = [
    table.columns.map((c) => quoteField(neutraliseFormula(headerLabel(c, lang)))).join(','),
    ...table.rows.map((row) => table.columns.map((c) => quoteField(cellText(row[c.key], c))).join(',')),
  ]
  return BOM + lines.join('\r\n') + '\r\n'
}
