/**
 * The workbooks of the dashboard: one panel's (its Export Excel), and the whole view's, a sheet per panel in the
 * page's order, from what each panel published once it showed the view (the KPI cards' table, every chart's table,
 * what a panel said instead). Nothing here is particular to a panel: a new panel's table becomes a sheet by itself.
 */
import type { Meta } from '../../api/meta'
import type { ChartContent } from '../../charts/chartContent'
import { personsUnit } from '../../lib/format'
import type { View } from '../../lib/view'
import { DASHBOARD_COLUMNS, DASHBOARD_WIDE } from '../dashboardLayout'
import { exportText } from '../exportText'
import { messages } from './messages'
import type { PanelSnapshot } from '../snapshot'
import { messageSheet, tableSheet, workbook, type SheetModel, type SheetText } from './workbook'

/** The panels in the order the page shows them: the KPI cards, the panels across the page, then each column. */
export const WORKBOOK_ORDER: readonly string[] = [
  'kpis',
  ...DASHBOARD_WIDE,
  ...DASHBOARD_COLUMNS.flatMap((c) => c.panels),
]

/** The title block's lines; no unit line for a sheet that holds no figures. */
function sheetText(meta: Meta, view: View, title: string, unit: string | null, now: Date): SheetText {
  const text = exportText(meta, view, { title, summary: '', unit: unit ?? '' }, now)
  return { ...text, unit: unit === null ? '' : text.unit }
}

/** A chart's table as a sheet: the summary and the chart's note under it. */
export function chartSheet(meta: Meta, view: View, title: string, content: ChartContent, now: Date): SheetModel {
  const t = messages[view.lang]
  const notes = [content.summary, ...(content.details ?? []), ...(content.note ? [t.note(content.note)] : [])]
  return tableSheet(content.table, sheetText(meta, view, title, content.unit, now), view.lang, notes)
}

/** The whole view as one workbook: a sheet per panel; a panel that failed is a sheet saying so. */
export function viewWorkbook(meta: Meta, view: View, panels: readonly PanelSnapshot[], now: Date): SheetModel[] {
  const byId = new Map(panels.map((p) => [p.id, p]))
  const ordered = [
    ...WORKBOOK_ORDER.flatMap((id) => byId.get(id) ?? []),
    ...panels.filter((p) => !WORKBOOK_ORDER.includes(p.id)),
  ]
  const sheets = ordered.flatMap((panel): SheetModel[] => {
    if (panel.kind === 'cards') {
      const text = sheetText(meta, view, panel.title, personsUnit(view.lang), now)
      if (panel.table) return [tableSheet(panel.table, text, view.lang)]
      return [messageSheet(text, view.lang, panel.message ?? '', true)]
    }
    if (panel.content) return [chartSheet(meta, view, panel.title, panel.content, now)]
    const text = sheetText(meta, view, panel.title, null, now)
    return [messageSheet(text, view.lang, panel.message ?? '', panel.failed)]
  })
  return workbook(sheets)
}
