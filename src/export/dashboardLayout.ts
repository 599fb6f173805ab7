/**
 * Where the panels sit: the page's two columns and, for the dashboard PNG, the same columns at a fixed width. The
 * page and the export both read this, so the picture follows the page without reading its styles back.
 */
export const DASHBOARD_COLUMNS = [
  { fr: 3, panels: ['trend', 'regions'] },
  { fr: 2, panels: ['targets', 'channels'] },
] as const

export type DashboardPanelId = (typeof DASHBOARD_COLUMNS)[number]['panels'][number]

/** Panels across the whole width, under the KPI row and above the columns (in the page and in the PNG). */
export const DASHBOARD_WIDE = ['attention'] as const

/** The dashboard PNG's geometry in CSS pixels, whatever the window. */
export const DASHBOARD_EXPORT = { width: 1600, pad: 24, gap: 24, panelPad: 16 } as const

/** Each column's width in the dashboard PNG, and the width its charts are drawn at. */
export function exportColumns() {
  const { width, pad, gap, panelPad } = DASHBOARD_EXPORT
  const inner = width - 2 * pad - gap * (DASHBOARD_COLUMNS.length - 1)
  const total = DASHBOARD_COLUMNS.reduce((sum, c) => sum + c.fr, 0)
  return DASHBOARD_COLUMNS.map((column) => {
    const columnWidth = Math.floor((inner * column.fr) / total)
    return { panels: column.panels, width: columnWidth, chartWidth: columnWidth - 2 * panelPad }
  })
}

/** The page grid's columns, as CSS (set on the grid through the CSSOM, which the CSP allows). */
export const gridColumns = DASHBOARD_COLUMNS.map((c) => `minmax(0, ${c.fr}fr)`).join(' ')
