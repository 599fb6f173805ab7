/**
 * Workbooks (./workbook.ts) as .xlsx files, with write-excel-file: a chunk of its own, loaded when someone asks
 * for a workbook (never by the first view). Why this library and not exceljs or SheetJS: README, "Export, data tables,
 * print".
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/browser'
import type { SheetCell, SheetModel } from './workbook'

function cell(value: SheetCell): Cell {
  if (value === null) return null
  switch (value.kind) {
    case 'text':
      return { value: value.value, type: String }
    case 'number':
      return { value: value.value, type: Number, format: value.format }
    case 'date':
      return { value: value.value, type: Date, format: value.format }
  }
}

function sheetOf(model: SheetModel): Sheet<Blob> {
  const head: Row[] = model.head.map((line, i) => [
    i === 0 ? { value: line, type: String, fontWeight: 'bold', fontSize: 14 } : { value: line, type: String },
  ])
  const header: Row[] = model.header.length
    ? [
        model.header.map((label) => ({
          value: label,
          type: String,
          fontWeight: 'bold' as const,
          backgroundColor: '#EDEFF3',
          bottomBorderStyle: 'thin' as const,
          align: 'center' as const,
          wrap: true,
        })),
      ]
    : []
  const notes: Row[] = model.notes.length ? [[], ...model.notes.map((note) => [{ value: note, type: String }])] : []
  return {
    sheet: model.name,
    data: [...head, ...header, ...model.rows.map((row) => row.map(cell)), ...notes],
    columns: model.widths.map((width) => ({ width })),
    // the title block and the header row stay in view as the table scrolls
    stickyRowsCount: head.length + header.length,
  }
}

export function workbookXlsx(sheets: readonly SheetModel[]): Promise<Blob> {
  return writeXlsxFile(sheets.map(sheetOf)).toBlob()
}
