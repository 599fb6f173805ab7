/** The dashboard PNG's composition (src/export/dashboard.ts): what a panel says instead of a chart; the phone form. */
import { describe, expect, it } from 'vitest'
import { COLORS } from '../../src/export/compose'
import { composeDashboardSvg, type PanelPicture } from '../../src/export/dashboard'
import {
  DASHBOARD_COLUMNS,
  DASHBOARD_EXPORT,
  DASHBOARD_PHONE_EXPORT,
  dashboardGeometry,
  type DashboardGeometry,
  exportColumns,
} from '../../src/export/dashboardLayout'
import type { FigureCard } from '../../src/export/snapshot'

const measure = (text: string) => text.length * 7
const panel = (message: string, failed: boolean): PanelPicture => ({
  title: 'Provinces ranked',
  summary: '',
  chart: null,
  legend: [],
  message,
  failed,
})
const svgOf = (p: PanelPicture) =>
  composeDashboardSvg(
    {
      text: { title: 'T', asOf: 'A', filters: 'F', source: 'S', exportedAt: 'E', watermark: null },
      cards: [],
      wide: [],
      columns: [{ width: 600, panels: [p] }],
    },
    measure,
  ).svg
const textElement = (svg: string, text: string) => new RegExp(`<text[^>]*>${text}</text>`).exec(svg)?.[0] ?? ''

describe('a panel that shows a message instead of its chart', () => {
  it('draws a failure as an alert: bold, in the alert colour', () => {
    const element = textElement(svgOf(panel('The server had an error.', true)), 'The server had an error.')
    expect(element).toContain('font-weight="700"')
    expect(element).toContain(`fill="${COLORS.alert}"`)
    expect(COLORS.alert).not.toBe(COLORS.ink)
  })

  it('draws a remark ("not applicable", "needs every province") as plain text, never as an alert', () => {
    const element = textElement(
      svgOf(panel('Comparing provinces needs access.', false)),
      'Comparing provinces needs access.',
    )
    expect(element).toContain('font-weight="400"')
    expect(element).toContain(`fill="${COLORS.ink}"`)
    expect(element).not.toContain(`fill="${COLORS.alert}"`)
  })
})

describe('the phone form (a 长图)', () => {
  const card = (id: string): FigureCard => ({ id, title: id, value: '1', lines: [], caption: 'c' })
  const picture = (cards: FigureCard[], geometry: DashboardGeometry = DASHBOARD_PHONE_EXPORT) =>
    composeDashboardSvg(
      {
        text: { title: 'T', asOf: 'A', filters: 'F', source: 'S', exportedAt: 'E', watermark: null },
        cards,
        wide: [],
        columns: exportColumns('phone').map((c) => ({ width: c.width, panels: [] })),
      },
      measure,
      geometry,
    )

  it('is one column 375 px wide (750 pixels at 2×) with every panel, in the page order', () => {
    const columns = exportColumns('phone')
    expect(columns).toHaveLength(1)
    expect(columns[0].panels).toEqual(DASHBOARD_COLUMNS.flatMap((c) => c.panels))
    const { width, pad, panelPad } = DASHBOARD_PHONE_EXPORT
    expect(columns[0].width).toBe(width - 2 * pad)
    expect(columns[0].chartWidth).toBe(width - 2 * pad - 2 * panelPad)
    expect(picture([]).width).toBe(375)
  })

  it('lays the KPI cards two by two, where the desktop form has them in one row', () => {
    const cards = ['a', 'b', 'c', 'd'].map(card)
    const rects = (svg: string) =>
      [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*rx="6"/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }))
    const phone = rects(picture(cards).svg)
    expect(new Set(phone.map((r) => r.y)).size).toBe(2)
    expect(new Set(phone.map((r) => r.x)).size).toBe(2)
    const desktop = rects(picture(cards, DASHBOARD_EXPORT).svg)
    expect(new Set(desktop.map((r) => r.y)).size).toBe(1)
  })

  it('leaves the desktop form as it was: the page columns at 1600 px', () => {
    expect(exportColumns()).toEqual(exportColumns('desktop'))
    expect(exportColumns().map((c) => c.panels)).toEqual(DASHBOARD_COLUMNS.map((c) => c.panels))
    expect(dashboardGeometry('desktop').width).toBe(1600)
  })
})
