/**
 * Workbooks of what the panels show, as a model: a sheet per panel, each a title block (title, demo mark, view,
 * as-of month and unit, source, export time) above the panel's table, its header row frozen, then the panel's notes.
 * Pure; export/office/workbookXlsx.ts writes the model as an .xlsx file.
 *
 * The cells are the CSV's numbers, typed: persons as whole numbers, ratios as fractions (109.14% is 1.0914), months as
 * dates, text as text, formula-safe as the CSV's. They are shown the language's way by number formats that Excel,
 * WPS and LibreOffice read alike: in Chinese persons in 万 with one decimal (`0\.0,"万"`: the value divided by a
 * thousand, a point before its last digit), or in 人 for a column with a figure below 1万; in English whole persons
 * with thousands separators; ratios as `0.0%`, with more decimals for a column where one would show a shortfall as
 * 100.0% (glossary rule 5).
 */
import { formatCell, type Column, type TableData } from '../../lib/table'
import type { Lang } from '../../lib/format'
import { neutraliseFormula } from '../csv'
import { messages } from './messages'

export type SheetCell =
  | null
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; value: Date; format: string }

export interface SheetModel {
  name: string
  /** the title block, a line a row; the first is the title */
  head: string[]
  /** the table's header row (frozen with the title block above it); empty for a sheet that holds a message */
  header: string[]
  /** each column's width in characters */
  widths: number[]
  rows: SheetCell[][]
  /** lines under the table: notes on what it shows, or what the panel said instead of figures */
  notes: string[]
}

/** The title block's lines, as export/exportText.ts writes them for a picture. */
export interface SheetText {
  title: string
  watermark: string | null
  filters: string
  asOf: string
  unit: string
  source: string
  exportedAt: string
}

/** 3295.3万: the persons divided by a thousand, shown with a point before the last digit. */
export const WAN_FORMAT = '0\\.0,"万"'
export const PERSONS_ZH_SMALL = '0"人"'
export const PERSONS_EN = '#,##0'
export const MONTH_FORMAT: Record<Lang, string> = { zh: 'yyyy"年"m"月"', en: 'mmm yyyy' }

/** A persons column in 万 when every figure in it is 1万 or more (else 0.0万 would hide it), in 人 otherwise. */
export function personsFormat(values: readonly number[], lang: Lang): string {
  if (lang === 'en') return PERSONS_EN
  return values.every((v) => v === 0 || Math.abs(v) >= 10_000) ? WAN_FORMAT : PERSONS_ZH_SMALL
}

/** `0.0%`, or as many decimals as keep every ratio below 1 from showing as 100% (99.96% shows as 99.96%). */
export function ratioFormat(values: readonly number[]): string {
  for (let digits = 1; digits < 4; digits++) {
    const scale = 10 ** (digits + 2)
    if (values.every((v) => v >= 1 || Math.round(v * scale) < scale)) return `0.${'0'.repeat(digits)}%`
  }
  return '0.0000%'
}

/** A change shows its sign, as the page and the CSV write it: `+` before a rise, `-` before a fall, none for zero. */
export function signedFormat(format: string): string {
  return `+${format};-${format};${format}`
}

/** "2024-08" as the first of the month, at midnight UTC (what a spreadsheet stores as a date). */
function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, 1))
}

/** The width a text takes in a sheet's column, in characters: a Chinese character counts two. */
export function textWidth(text: string): number {
  return [...text].reduce((n, c) => n + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0)
}

function headerLabel(column: Column, lang: Lang): string {
  return column.kind === 'persons' ? messages[lang].personsHeader(column.label) : column.label
}

function headLines(text: SheetText, lang: Lang): string[] {
  const t = messages[lang]
  return [
    text.title,
    ...(text.watermark ? [t.sheetDemo] : []),
    text.filters,
    [text.asOf, text.unit].filter(Boolean).join(' · '),
    text.source,
    text.exportedAt,
  ].map(neutraliseFormula)
}

/** A panel's table as a sheet: typed cells, the language's formats, widths that fit what the cells show. */
export function tableSheet(table: TableData, text: SheetText, lang: Lang, notes: string[] = []): SheetModel {
  const formats = table.columns.map((column) => {
    const numbers = table.rows.flatMap((row) => {
      const value = row[column.key]
      return typeof value === 'number' && Number.isFinite(value) ? [value] : []
    })
    const format =
      column.kind === 'persons' ? personsFormat(numbers, lang) : column.kind === 'ratio' ? ratioFormat(numbers) : null
    return format && column.signed ? signedFormat(format) : format
  })
  const rows = table.rows.map((row) =>
    table.columns.map((column, i): SheetCell => {
      const value = row[column.key]
      if (value === null || value === undefined) return null
      if (typeof value === 'number') {
        return Number.isFinite(value) ? { kind: 'number', value, format: formats[i] ?? 'General' } : null
      }
      if (column.kind === 'month' && /^\d{4}-\d{2}$/.test(value)) {
        return { kind: 'date', value: monthDate(value), format: MONTH_FORMAT[lang] }
      }
      return { kind: 'text', value: neutraliseFormula(value) }
    }),
  )
  const header = table.columns.map((c) => neutraliseFormula(headerLabel(c, lang)))
  const widths = table.columns.map((column, i) => {
    const shown = table.rows.map((row) => textWidth(formatCell(row[column.key], column.kind, lang)))
    return Math.min(60, Math.max(8, textWidth(header[i]) + 2, ...shown.map((w) => w + 2)))
  })
  return { name: text.title, head: headLines(text, lang), header, widths, rows, notes: notes.map(neutraliseFormula) }
}

/** A sheet for a panel that shows no table: the title block, then what it said (a failure, "not applicable"). */
export function messageSheet(text: SheetText, lang: Lang, message: string, failed: boolean): SheetModel {
  const t = messages[lang]
  return {
    name: text.title,
    head: headLines(text, lang),
    header: [],
    widths: [60],
    rows: [],
    notes: [neutraliseFormula(failed ? t.sheetNotLoaded(message) : message)],
  }
}

const MAX_SHEET_NAME = 31

/**
 * Sheet names Excel accepts, from the panels' titles: at most 31 characters (cut at a word in English, with an
 * ellipsis), none of `[ ] : * ? / \`, no apostrophe at either end, not "History" (Excel's own), and no two alike
 * (Excel compares them without case).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>()
  return titles.map((title) => {
    let name = title
      .replace(/:/g, ' -')
      .replace(/[[\]*?/\\]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
    if (name.length > MAX_SHEET_NAME) {
      const cut = name.slice(0, MAX_SHEET_NAME - 1)
      // at a word's end: before a space or punctuation, else back to the last space (Chinese is cut anywhere)
      const atWordEnd = /[\s·,;-]/.test(name[MAX_SHEET_NAME - 1])
      const space = cut.lastIndexOf(' ')
      name = `${(atWordEnd || space <= 12 ? cut : cut.slice(0, space)).replace(/[\s·,-]+$/, '')}…`
    }
    if (!name || name.toLowerCase() === 'history') name = `${name || 'Sheet'} 1`
    let unique = name
    for (let n = 2; taken.has(unique.toLowerCase()); n++) {
      const suffix = ` (${n})`
      unique = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`
    }
    taken.add(unique.toLowerCase())
    return unique
  })
}

/** The sheets of a workbook, named from their titles. */
export function workbook(sheets: readonly SheetModel[]): SheetModel[] {
  const names = sheetNames(sheets.map((s) => s.name))
  return sheets.map((sheet, i) => ({ ...sheet, name: names[i] }))
}
