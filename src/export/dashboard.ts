/**
 * The whole dashboard as one PNG for a one-page briefing, composed from what the panels publish (panelRegistry):
 * a header with filters and as-of month, the KPI cards, and every panel (title, summary, chart and legend, or the
 * message it shows instead) in the page's columns, at a fixed width whatever the window. Nothing is read back from
 * the page's markup or styles; the charts are drawn off screen at their column's width.
 */
import { DASHBOARD_EXPORT, type DashboardGeometry } from './dashboardLayout'
import type { LegendItem, TextRow } from '../charts/chartContent'
import type { FigureCard } from './snapshot'
import {
  COLORS,
  demoLabel,
  footerBlock,
  legendBlock,
  picture,
  rowsBlock,
  rule,
  stack,
  svgDocument,
  textBlock,
  titleBlock,
  type Block,
  type Measure,
} from './compose'
import { canvasMeasure, inlineSvg, svgToPng } from './png'

export interface DashboardText {
  title: string
  asOf: string
  filters: string
  source: string
  exportedAt: string
  watermark: string | null
}

export interface PanelPicture {
  title: string
  summary: string
  /** the chart as drawn at its column's width, styles inlined; null when the panel shows a message instead */
  chart: { svg: string; height: number } | null
  legend: LegendItem[]
  /** what the panel says instead of a chart: a failure, "not applicable", "no data" */
  message: string | null
  /** the message is a failure: drawn as an alert, the others as plain text */
  failed: boolean
  /** a list panel's rows, drawn instead of a chart */
  rows?: TextRow[]
  /** a remark on what is drawn (reports not yet received) */
  note?: string
}

export interface DashboardPicture {
  text: DashboardText
  /** the KPI cards, or what the KPI row says instead (a failure) */
  cards: FigureCard[] | { message: string }
  /** panels across the page under the KPI row (Needs attention) */
  wide: PanelPicture[]
  columns: { width: number; panels: PanelPicture[] }[]
}

const VALUE = '#0b3a75'

/** A white card with a border around a block. */
function card(content: Block, width: number, padding: number, height?: number): Block {
  const h = height ?? content.height + 2 * padding
  return {
    height: h,
    draw: (x, y) =>
      `<rect x="${x}" y="${y}" width="${width}" height="${h}" rx="6" fill="#fff" stroke="${COLORS.rule}"/>` +
      content.draw(x + padding, y + padding),
  }
}

function panelBlock(panel: PanelPicture, width: number, measure: Measure, panelPad: number): Block {
  const inner = width - 2 * panelPad
  const parts: Block[] = [
    textBlock(panel.title, inner, { size: 16, weight: 700 }, 22, COLORS.ink, measure),
    textBlock(panel.summary, inner, { size: 13, weight: 400 }, 19, COLORS.soft, measure),
  ]
  if (panel.chart) {
    parts.push(picture(panel.chart.svg, panel.chart.height), legendBlock(panel.legend, inner, measure))
  }
  if (panel.rows && !panel.message) parts.push(rowsBlock(panel.rows, inner, measure))
  if (panel.note) parts.push(textBlock(panel.note, inner, { size: 13, weight: 700 }, 19, COLORS.ink, measure))
  if (panel.message) {
    // A failure is an alert; "not applicable" or "no data" is what the panel says, in plain text.
    const weight = panel.failed ? 700 : 400
    parts.push(
      textBlock(panel.message, inner, { size: 14, weight }, 20, panel.failed ? COLORS.alert : COLORS.ink, measure),
    )
  }
  return card(stack(parts, 8), width, panelPad)
}

function cardContent(figure: FigureCard, inner: number, measure: Measure, valueSize: number): Block {
  return stack(
    [
      textBlock(figure.title, inner, { size: 14, weight: 700 }, 20, COLORS.soft, measure),
      figure.value === null
        ? stack([], 0)
        : textBlock(figure.value, inner, { size: valueSize, weight: 700 }, Math.round(valueSize * 1.3), VALUE, measure),
      ...figure.lines.map((line) => textBlock(line, inner, { size: 12, weight: 400 }, 17, COLORS.ink, measure)),
      textBlock(figure.caption, inner, { size: 11, weight: 400 }, 16, COLORS.soft, measure),
    ],
    2,
  )
}

/**
 * The KPI row: the cards side by side at one height (`perRow` to a row, the rows one under the other), or the row's
 * message across the page.
 */
function cardsRow(
  cards: DashboardPicture['cards'],
  width: number,
  measure: Measure,
  gap: number,
  perRow: number,
  valueSize: number,
): Block {
  if (!Array.isArray(cards)) {
    return card(textBlock(cards.message, width - 28, { size: 14, weight: 700 }, 20, COLORS.alert, measure), width, 14)
  }
  if (cards.length === 0) return stack([], 0)
  const across = Math.min(perRow, cards.length)
  const cardWidth = (width - gap * (across - 1)) / across
  const rows: Block[] = []
  for (let first = 0; first < cards.length; first += across) {
    const contents = cards.slice(first, first + across).map((c) => cardContent(c, cardWidth - 28, measure, valueSize))
    const height = Math.max(...contents.map((c) => c.height)) + 24
    rows.push({
      height,
      draw: (x, y) =>
        contents.map((content, i) => card(content, cardWidth, 12, height).draw(x + i * (cardWidth + gap), y)).join(''),
    })
  }
  return stack(rows, gap)
}

/** The dashboard picture as SVG: at the desktop form's geometry unless given the phone form's (dashboardLayout.ts). */
export function composeDashboardSvg(
  input: DashboardPicture,
  measure: Measure,
  geometry: DashboardGeometry = DASHBOARD_EXPORT,
) {
  const { width: WIDTH, pad: PAD, gap: GAP, panelPad: PANEL_PAD } = geometry
  const inner = WIDTH - PAD * 2
  const { text } = input
  const header = stack(
    [
      titleBlock(text.title, text.watermark, inner, { size: 24, weight: 700 }, 32, measure),
      textBlock(`${text.asOf} · ${text.filters}`, inner, { size: 14, weight: 400 }, 20, COLORS.soft, measure),
    ],
    4,
  )
  const columns = input.columns.map((column) =>
    stack(
      column.panels.map((panel) => panelBlock(panel, column.width, measure, PANEL_PAD)),
      GAP,
    ),
  )
  const grid: Block = {
    height: Math.max(0, ...columns.map((c) => c.height)),
    draw: (x, y) => {
      let left = x
      return columns
        .map((column, i) => {
          const out = column.draw(left, y)
          left += input.columns[i].width + GAP
          return out
        })
        .join('')
    },
  }
  const page = stack(
    [
      header,
      rule(inner, 3, COLORS.accent),
      cardsRow(input.cards, inner, measure, GAP, geometry.cardsPerRow, geometry.cardValue),
      ...input.wide.map((panel) => panelBlock(panel, inner, measure, PANEL_PAD)),
      grid,
      footerBlock([text.source, text.exportedAt], inner, measure),
    ],
    GAP / 2,
  )
  const height = PAD + page.height + PAD
  let parts = page.draw(PAD, PAD)
  if (text.watermark) parts += demoLabel(text.watermark, WIDTH - PAD, PAD, measure)
  return { svg: svgDocument(parts, WIDTH, height, '#f4f6f9'), width: WIDTH, height }
}

/** A panel whose chart was drawn off screen (useExportStage), with its surface; null when it shows a message. */
export interface DrawnPanel extends Omit<PanelPicture, 'chart'> {
  surface: SVGSVGElement | null
}

export async function renderDashboardPng(
  input: Omit<DashboardPicture, 'columns' | 'wide'> & {
    wide: DrawnPanel[]
    columns: { width: number; panels: DrawnPanel[] }[]
  },
  geometry: DashboardGeometry = DASHBOARD_EXPORT,
): Promise<Blob> {
  await document.fonts.ready
  const pictured = ({ surface, ...panel }: DrawnPanel): PanelPicture => ({
    ...panel,
    chart: surface ? { svg: inlineSvg(surface), height: Math.round(surface.getBoundingClientRect().height) } : null,
  })
  const columns = input.columns.map((column) => ({ width: column.width, panels: column.panels.map(pictured) }))
  const { svg, width, height } = composeDashboardSvg(
    { ...input, wide: input.wide.map(pictured), columns },
    canvasMeasure(),
    geometry,
  )
  return svgToPng(svg, width, height, 2)
}
