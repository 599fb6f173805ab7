/**
 * The whole dashboard as one PNG for a one-page briefing: header with filters and as-of month, the KPI cards, and
 * every panel (title, summary, chart, legend) in the page's two columns, at a fixed width whatever the screen.
 * Panels are taken as drawn on screen and scaled to their column.
 */
import { escapeXml, FONT_FAMILY, PAD, textLines, wrapText, type Font, type Measure } from './compose'
import { canvasMeasure, chartSurface, inlineSvg, legendEntries, svgToPng } from './png'

export interface DashboardText {
  title: string
  asOf: string
  filters: string
  source: string
  exportedAt: string
  watermark: string | null
}

const WIDTH = 1600
const GAP = 24
const INK = '#1d2330'
const SOFT = '#4a5263'
const LINE = '#dfe3ea'

interface Block {
  height: number
  draw: (x: number, y: number) => string
}

function textBlock(
  text: string,
  width: number,
  font: Font,
  lineHeight: number,
  color: string,
  measure: Measure,
): Block {
  const lines = wrapText(text, width, font, measure)
  return { height: lines.length * lineHeight, draw: (x, y) => textLines(lines, x, y, font, lineHeight, color) }
}

function stack(blocks: Block[], gap: number): Block {
  return {
    height: blocks.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, blocks.length - 1),
    draw: (x, y) => {
      let top = y
      return blocks
        .map((b) => {
          const out = b.draw(x, top)
          top += b.height + gap
          return out
        })
        .join('')
    },
  }
}

function panelBlock(figure: HTMLElement, width: number, measure: Measure): Block {
  const inner = width - 32
  const title = textBlock(
    figure.querySelector('.panel-title')?.textContent ?? '',
    inner,
    { size: 16, weight: 700 },
    22,
    INK,
    measure,
  )
  const summary = textBlock(
    figure.querySelector('.panel-summary')?.textContent ?? '',
    inner,
    { size: 13, weight: 400 },
    19,
    SOFT,
    measure,
  )
  const surface = chartSurface(figure)
  const parts: Block[] = [title, summary]
  if (surface) {
    const box = surface.getBoundingClientRect()
    const scale = inner / box.width
    const markup = inlineSvg(surface, {
      viewBox: `0 0 ${box.width} ${box.height}`,
      width: String(inner),
      height: String(box.height * scale),
    })
    parts.push({ height: box.height * scale, draw: (x, y) => markup.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`) })
    const legend = legendEntries(figure)
    if (legend.length) {
      parts.push({
        height: 20,
        draw: (x, y) => {
          let left = x
          return legend
            .map((entry) => {
              const out =
                entry.icon.replace(/^<svg\b/, `<svg x="${left}" y="${y + 2}"`) +
                `<text x="${left + 18}" y="${y + 1}" font-size="12" fill="${escapeXml(entry.color)}" dominant-baseline="hanging">${escapeXml(entry.label)}</text>`
              left += 18 + measure(entry.label, { size: 12, weight: 400 }) + 18
              return out
            })
            .join('')
        },
      })
    }
  } else {
    // No chart drawn (loading, error or empty): say what the panel says.
    const message = figure.querySelector('.panel-message')?.textContent ?? ''
    parts.push(textBlock(message, inner, { size: 13, weight: 400 }, 19, SOFT, measure))
  }
  const content = stack(parts, 8)
  return {
    height: content.height + 32,
    draw: (x, y) =>
      `<rect x="${x}" y="${y}" width="${width}" height="${content.height + 32}" rx="6" fill="#fff" stroke="${LINE}"/>` +
      content.draw(x + 16, y + 16),
  }
}

function kpiBlock(card: HTMLElement, width: number, measure: Measure): Block {
  const inner = width - 28
  const text = (selector: string) => [...card.querySelectorAll(selector)].map((e) => e.textContent ?? '')
  const blocks = [
    ...text('.kpi-title').map((t) => textBlock(t, inner, { size: 14, weight: 700 }, 20, SOFT, measure)),
    ...text('.kpi-value').map((t) => textBlock(t, inner, { size: 26, weight: 700 }, 34, '#0b3a75', measure)),
    ...text('.kpi-line').map((t) => textBlock(t, inner, { size: 12, weight: 400 }, 17, INK, measure)),
    ...text('.kpi-caption').map((t) => textBlock(t, inner, { size: 11, weight: 400 }, 16, SOFT, measure)),
  ]
  const content = stack(blocks, 2)
  return {
    height: content.height + 24,
    draw: (x, y) =>
      `<rect x="${x}" y="${y}" width="${width}" height="__KPI_HEIGHT__" rx="6" fill="#fff" stroke="${LINE}"/>` +
      content.draw(x + 14, y + 12),
  }
}

export function composeDashboardSvg(root: HTMLElement, text: DashboardText, measure: Measure) {
  const inner = WIDTH - PAD * 2
  const out: string[] = []
  let y = PAD
  const header = stack(
    [
      textBlock(text.title, inner - 160, { size: 24, weight: 700 }, 32, INK, measure),
      textBlock(`${text.asOf} · ${text.filters}`, inner - 160, { size: 14, weight: 400 }, 20, SOFT, measure),
    ],
    4,
  )
  out.push(header.draw(PAD, y))
  if (text.watermark) {
    const w = measure(text.watermark, { size: 15, weight: 700 }) + 20
    out.push(
      `<rect x="${WIDTH - PAD - w}" y="${y}" width="${w}" height="28" rx="4" fill="#fff4e0" stroke="#e0a64a" stroke-width="2"/>`,
      `<text x="${WIDTH - PAD - w / 2}" y="${y + 6}" font-size="15" font-weight="700" fill="#6b4200" text-anchor="middle" dominant-baseline="hanging">${escapeXml(text.watermark)}</text>`,
    )
  }
  y += header.height + 10
  out.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="3" fill="#1f5fa8"/>`)
  y += 16

  const cards = [...root.querySelectorAll<HTMLElement>('.kpi')]
  if (cards.length) {
    const cardWidth = (inner - GAP * (cards.length - 1)) / cards.length
    const blocks = cards.map((c) => kpiBlock(c, cardWidth, measure))
    const rowHeight = Math.max(...blocks.map((b) => b.height))
    blocks.forEach((b, i) =>
      out.push(b.draw(PAD + i * (cardWidth + GAP), y).replace('__KPI_HEIGHT__', String(rowHeight))),
    )
    y += rowHeight + GAP
  }

  const columns = [...root.querySelectorAll<HTMLElement>('.panel-column')]
  const widths = [3, 2].map((fr) => ((inner - GAP) * fr) / 5)
  let bottom = y
  columns.forEach((column, c) => {
    let top = y
    const x = PAD + (c === 0 ? 0 : widths[0] + GAP)
    for (const figure of column.querySelectorAll<HTMLElement>('figure[data-chart]')) {
      const block = panelBlock(figure, widths[c] ?? widths[1], measure)
      out.push(block.draw(x, top))
      top += block.height + GAP
    }
    bottom = Math.max(bottom, top)
  })
  y = bottom
  const footer = stack(
    [
      textBlock(text.source, inner, { size: 12, weight: 400 }, 18, SOFT, measure),
      textBlock(text.exportedAt, inner, { size: 12, weight: 400 }, 18, SOFT, measure),
    ],
    0,
  )
  out.push(footer.draw(PAD, y))
  const height = y + footer.height + PAD

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#f4f6f9"/>` +
    out.join('') +
    `</svg>`
  return { svg, width: WIDTH, height }
}

/**
 * Whether every panel has settled (none is aria-busy: loading, or updating to new filters) within `timeoutMs`. A panel
 * still showing the previous view's numbers must not be drawn under the new filters; a panel that failed is not busy,
 * and is drawn with its error. The wait outlasts a request's timeout and its retries.
 */
export async function whenSettled(root: HTMLElement, timeoutMs = 60_000): Promise<boolean> {
  const started = performance.now()
  while (root.querySelector('[aria-busy="true"]')) {
    if (performance.now() - started > timeoutMs) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** The dashboard as drawn now: call once it has settled (whenSettled). */
export async function renderDashboardPng(root: HTMLElement, text: DashboardText): Promise<Blob> {
  const { svg, width, height } = composeDashboardSvg(root, text, canvasMeasure())
  return svgToPng(svg, width, height, 2)
}
