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
export const DASHBOARD_EXPORT = { width: 1600, pad: 24, gap: 24, panelPad: 16, cardsPerRow: 4, cardValue: 26 } as const

/**
 * The dashboard PNG's phone form (a 长图 to read on a phone and pass on in WeChat): one column 375 px wide, drawn at 2×
 * (750 pixels), the KPI cards two by two and every panel under them in the page's order, the charts drawn at the
 * column's width as a phone shows them.
 */
export const DASHBOARD_PHONE_EXPORT = {
  width: 375,
  pad: 12,
  gap: 12,
  panelPad: 12,
  cardsPerRow: 2,
  cardValue: 22,
} as const

export type DashboardForm = 'desktop' | 'phone'

export interface DashboardGeometry {
  width: number
  pad: number
  gap: number
  panelPad: number
  /** KPI cards side by side, and the size of their figures */
  cardsPerRow: number
  cardValue: number
}

export function dashboardGeometry(form: DashboardForm): DashboardGeometry {
  return form === 'phone' ? DASHBOARD_PHONE_EXPORT : DASHBOARD_EXPORT
}

/** Each column's width in the dashboard PNG, and the width its charts are drawn at: the phone form has one column. */
export function exportColumns(
  form: DashboardForm = 'desktop',
): { panels: readonly DashboardPanelId[]; width: number; chartWidth: number }[] {
  const { width, pad, gap, panelPad } = dashboardGeometry(form)
  const columns = form === 'phone' ? [{ fr: 1, panels: DASHBOARD_COLUMNS.flatMap((c) => c.panels) }] : DASHBOARD_COLUMNS
  const inner = width - 2 * pad - gap * (columns.length - 1)
  const total = columns.reduce((sum, c) => sum + c.fr, 0)
  return columns.map((column) => {
    const columnWidth = Math.floor((inner * column.fr) / total)
    return { panels: column.panels, width: columnWidth, chartWidth: columnWidth - 2 * panelPad }
  })
}

/** The page grid's columns, as CSS (set on the grid through the CSSOM, which the CSP allows). */
export const gridColumns = DASHBOARD_COLUMNS.map((c) => `minmax(0, ${c.fr}fr)`).join(' ')
