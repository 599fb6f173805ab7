/**
 * The export code (PNG, CSV, the briefing's and workbooks' models, file names, the download), a chunk of its own
 * loaded only when someone exports. The .docx and .xlsx writers, which carry their libraries, are chunks of their own
 * again, loaded by the first briefing or workbook: a PNG or CSV export never loads them.
 */
import type { Briefing } from './office/briefing'
import type { FigureImage } from './office/briefingDocx'
import type { SheetModel } from './office/workbook'

export { tableToCsv } from './csv'
export { download } from './download'
export { exportFileName } from './fileName'
export { renderChartPng } from './png'
export { renderDashboardPng } from './dashboard'
export { renderFigure } from './png'
/** asked after this chunk has loaded, so that the first view does not carry it */
export { isWeChat } from '../lib/wechat'
export { buildBriefing, issuerFor, FIGURE_PIXELS } from './office/briefing'
export { workbook } from './office/workbook'
export { chartSheet, viewWorkbook } from './office/viewWorkbook'

export async function writeBriefing(briefing: Briefing, figures: ReadonlyMap<string, FigureImage>): Promise<Blob> {
  return (await import('./office/briefingDocx')).briefingDocx(briefing, figures)
}

export async function writeWorkbook(sheets: readonly SheetModel[]): Promise<Blob> {
  return (await import('./office/workbookXlsx')).workbookXlsx(sheets)
}
