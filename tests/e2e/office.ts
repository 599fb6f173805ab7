/**
 * Reading the office files the dashboard writes, as their readers do: a .docx and an .xlsx are zip packages of XML
 * (unzipped with fflate, which docx and write-excel-file bring). A workbook's cells are read with their values and
 * number formats; a document's paragraphs as text. And the CSV a panel exports, RFC 4180, to compare numbers with.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export async function downloadOf(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
  return { name: download.suggestedFilename(), bytes: readFileSync(await (download as Download).path()) }
}

export function unzip(bytes: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(bytes))
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e])

/** A document's paragraphs (body, headers and footers apart), each as its text. */
export function readDocx(bytes: Buffer) {
  const files = unzip(bytes)
  const xml = (path: string) => strFromU8(files[path])
  const paragraphs = (path: string) =>
    xml(path)
      .split('</w:p>')
      .map((p) => unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
      .filter(Boolean)
  const parts = (pattern: RegExp) => Object.keys(files).filter((f) => pattern.test(f))
  return {
    files,
    xml,
    body: paragraphs('word/document.xml'),
    headers: parts(/^word\/header\d+\.xml$/).map(xml),
    footers: parts(/^word\/footer\d+\.xml$/).map(xml),
    media: parts(/^word\/media\//).map((f) => Buffer.from(files[f])),
  }
}

export interface XlsxCell {
  value: number | string
  format: string | null
}

export interface XlsxSheet {
  name: string
  /** rows frozen above the scroll (the title block and the header row) */
  frozenRows: number
  /** each row's cells by column index (A = 0), rows by number (1 = the first) */
  rows: Map<number, (XlsxCell | null)[]>
  widths: number[]
}

const column = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1

/** A workbook's sheets: names, frozen rows, column widths, and every cell with its value and number format. */
export function readXlsx(bytes: Buffer): XlsxSheet[] {
  const files = unzip(bytes)
  const xml = (path: string) => (files[path] ? strFromU8(files[path]) : '')
  const strings = [...xml('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map(([, si]) =>
    unescape([...si.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('')),
  )
  const styles = xml('xl/styles.xml')
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map(([, id, code]) => [id, unescape(code)]),
  )
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g)].map(
    ([, attrs]) => formats.get(/numFmtId="(\d+)"/.exec(attrs)?.[1] ?? '') ?? null,
  )
  const rels = new Map(
    [...xml('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(
      ([, id, target]) => [id, target.replace(/^\/?(xl\/)?/, 'xl/')],
    ),
  )
  const sheets = [...xml('xl/workbook.xml').matchAll(/<sheet ([^>]*)\/?>/g)].map(([, attrs]) => ({
    name: /\bname="([^"]+)"/.exec(attrs)![1],
    id: /\br:id="([^"]+)"/.exec(attrs)![1],
  }))
  return sheets.map(({ name, id }) => {
    const sheet = xml(rels.get(id)!)
    const rows = new Map<number, (XlsxCell | null)[]>()
    for (const [, attrs, , content] of sheet.matchAll(/<row ([^>]*?)(\/>|>(.*?)<\/row>)/gs)) {
      const r = /\br="(\d+)"/.exec(attrs)![1]
      const cells = content ?? ''
      const row: (XlsxCell | null)[] = []
      for (const [, attrs, inner] of cells.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
        const ref = /r="([A-Z]+\d+)"/.exec(attrs)![1]
        const v = /<v>([^<]*)<\/v>/.exec(inner ?? '')?.[1]
        const type = /t="(\w+)"/.exec(attrs)?.[1]
        const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0)
        const inline = /<is>.*?<t[^>]*>([^<]*)<\/t>/s.exec(inner ?? '')?.[1]
        const value =
          type === 's'
            ? strings[Number(v)]
            : type === 'inlineStr'
              ? unescape(inline ?? '')
              : v === undefined
                ? null
                : Number(v)
        row[column(ref)] = value === null ? null : { value, format: xfs[style] ?? null }
      }
      rows.set(Number(r), row)
    }
    return {
      name: unescape(name),
      frozenRows: Number(/<pane [^>]*ySplit="(\d+)"[^>]*state="frozen"/.exec(sheet)?.[1] ?? 0),
      rows,
      widths: [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])),
    }
  })
}

/** A sheet's table: the header row (the last frozen row) and the data rows under it, up to the first empty row. */
export function sheetTable(sheet: XlsxSheet) {
  const header = (sheet.rows.get(sheet.frozenRows) ?? []).map((c) => String(c?.value ?? ''))
  const rows: (XlsxCell | null)[][] = []
  for (let r = sheet.frozenRows + 1; sheet.rows.get(r)?.some(Boolean); r++) rows.push(sheet.rows.get(r)!)
  return { header, rows }
}

/** RFC 4180, after the byte-order mark: quoted fields with doubled quotes, CRLF between records. */
export function parseCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += c
  }
  return records
}

/** A spreadsheet date serial (days since 1899-12-30) as the month it falls in, "2024-08". */
const serialMonth = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 7)

/**
 * The workbook's table holds exactly the CSV's figures: whole persons equal, ratios equal to the CSV's percentages
 * (two decimals), months the same months, text the same text; numbers stored as numbers, never as text.
 */
export function expectSameFigures(sheet: XlsxSheet, csv: string[][]) {
  const { header, rows } = sheetTable(sheet)
  const [csvHeader, ...csvRows] = csv
  expect(rows.length, sheet.name).toBe(csvRows.length)
  expect(header.length, sheet.name).toBe(csvHeader.length)
  let numbers = 0
  csvRows.forEach((csvRow, r) =>
    csvRow.forEach((text, c) => {
      const cell = rows[r][c] ?? null
      const where = `${sheet.name} row ${r + 1} column ${csvHeader[c]}`
      if (text === '') return expect(cell, where).toBeNull()
      expect(cell, where).not.toBeNull()
      if (/^\d{4}-\d{2}$/.test(text)) return expect(serialMonth(cell!.value as number), where).toBe(text)
      if (/^-?\d+(\.\d+)?$/.test(text)) {
        numbers += 1
        expect(typeof cell!.value, where).toBe('number')
        const percent = /[（(]%[）)]$/.test(csvHeader[c])
        const value = cell!.value as number
        return expect(percent ? (Math.round(value * 10_000) / 100).toFixed(2) : String(value), where).toBe(text)
      }
      expect(cell!.value, where).toBe(text)
    }),
  )
  return numbers
}

/** The LibreOffice and poppler commands, or a message saying how to install them. */
export function officeTools(): { soffice: string; pdftotext: string } {
  const which = (command: string) => {
    try {
      return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim()
    } catch {
      return ''
    }
  }
  const soffice = which('soffice')
  const pdftotext = which('pdftotext')
  expect(
    soffice && pdftotext,
    'LibreOffice and poppler are needed: sudo apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils',
  ).toBeTruthy()
  return { soffice, pdftotext }
}
