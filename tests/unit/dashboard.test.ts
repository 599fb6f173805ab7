/** The dashboard PNG's composition (src/export/dashboard.ts): what a panel says instead of a chart. */
import { describe, expect, it } from 'vitest'
import { COLORS } from '../../src/export/compose'
import { composeDashboardSvg, type PanelPicture } from '../../src/export/dashboard'

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
