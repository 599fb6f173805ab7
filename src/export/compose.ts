/**
 * Composes export images as SVG documents from data: a chart's (title, summary and filters above the chart, its
 * legend below, then unit, as-of month, source and export time, and a watermark in demo mode), and the drawing
 * helpers the dashboard picture shares with it. Pure: text is measured by the function it is given (a canvas in the
 * browser), and every piece of text is escaped.
 */
import type { LegendItem, TextRow } from '../charts/chartContent'

export interface ExportText {
  title: string
  summary: string
  filters: string
  unit: string
  asOf: string
  source: string
  exportedAt: string
  /** the watermark text when the data is demo data */
  watermark: string | null
  /** a remark on what is drawn (reports not yet received), under the legend */
  note?: string
}

export interface ChartPicture {
  /** the chart's <svg> markup, styles inlined; null for a list of rows */
  svg: string | null
  width: number
  height: number
  legend: LegendItem[]
  /** a list panel's rows, drawn instead of a chart */
  rows?: TextRow[]
}

export type Measure = (text: string, font: Font) => number

export interface Font {
  size: number
  weight: 400 | 700
}

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
export const PAD = 24

/** The export pictures' colours by what they mean; `alert` draws a failure (a panel that could not load). */
export const COLORS = {
  ink: '#1d2330',
  soft: '#4a5263',
  rule: '#dfe3ea',
  accent: '#1f5fa8',
  watermark: '#c25e00',
  alert: '#8a1c1c',
}

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }

/** Characters XML 1.0 does not allow at all: they would break the image, so they are dropped. */
function allowedInXml(c: string): boolean {
  const code = c.charCodeAt(0)
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff
}

export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/[<>&"']/g, (c) => ENTITIES[c])
}

/**
 * Breaks text into lines no wider than `width`. Chinese has no spaces, so it may break between any two
 * characters; Latin text breaks at spaces where it can.
 */
export function wrapText(text: string, width: number, font: Font, measure: Measure): string[] {
  const tokens =
    text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line && measure(next.trimEnd(), font) > width) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line = next
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

export function textLines(
  lines: string[],
  x: number,
  y: number,
  font: Font,
  lineHeight: number,
  color: string,
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * lineHeight}" font-size="${font.size}" font-weight="${font.weight}" fill="${color}" dominant-baseline="hanging">${escapeXml(l)}</text>`,
    )
    .join('')
}

/** A piece of the picture that knows its height and draws itself with its top left corner at (x, y). */
export interface Block {
  height: number
  draw: (x: number, y: number) => string
}

/** Text wrapped to `width`. */
export function textBlock(
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

/** Blocks one under the other, `gap` apart. */
export function stack(blocks: Block[], gap: number): Block {
  const shown = blocks.filter((b) => b.height > 0)
  return {
    height: shown.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, shown.length - 1),
    draw: (x, y) => {
      let top = y
      return shown
        .map((b) => {
          const out = b.draw(x, top)
          top += b.height + gap
          return out
        })
        .join('')
    },
  }
}

/** A horizontal rule of the given thickness. */
export function rule(width: number, thickness: number, color: string): Block {
  return {
    height: thickness,
    draw: (x, y) => `<rect x="${x}" y="${y}" width="${width}" height="${thickness}" fill="${color}"/>`,
  }
}

/** An <svg> picture (a chart, styles inlined) placed as a block. */
export function picture(svg: string, height: number): Block {
  return { height, draw: (x, y) => svg.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`) }
}

const ROW_FONT: Font = { size: 13, weight: 400 }
const BADGE_FONT: Font = { size: 12, weight: 700 }

/** A list of sentences, each after its badge, wrapped to `width`. */
export function rowsBlock(rows: TextRow[], width: number, measure: Measure): Block {
  const badgeWidth = Math.max(0, ...rows.map((r) => measure(r.badge, BADGE_FONT))) + 14
  const laid = rows.map((row) => ({ row, lines: wrapText(row.text, width - badgeWidth - 8, ROW_FONT, measure) }))
  const heights = laid.map(({ lines }) => Math.max(1, lines.length) * 19 + 6)
  return {
    height: heights.reduce((a, b) => a + b, 0),
    draw: (x, y) => {
      let top = y
      return laid
        .map(({ row, lines }, i) => {
          const out =
            `<rect x="${x}" y="${top}" width="${badgeWidth}" height="18" rx="3" fill="${escapeXml(row.color)}"/>` +
            `<text x="${x + badgeWidth / 2}" y="${top + 3}" font-size="${BADGE_FONT.size}" font-weight="700" fill="#fff" text-anchor="middle" dominant-baseline="hanging">${escapeXml(row.badge)}</text>` +
            textLines(lines, x + badgeWidth + 8, top + 2, ROW_FONT, 19, COLORS.ink)
          top += heights[i]
          return out
        })
        .join('')
    },
  }
}

/** A legend entry's line sample, as the series is drawn (ChartLegend draws the same on screen). */
function legendIcon(item: LegendItem, x: number, y: number): string {
  const color = escapeXml(item.color)
  const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''
  const line = `<line x1="${x + 1}" y1="${y + 7}" x2="${x + 17}" y2="${y + 7}" stroke="${color}" stroke-width="${item.width}"${dash}/>`
  const dot = item.dot
    ? `<circle cx="${x + 9}" cy="${y + 7}" r="3" fill="#fff" stroke="${color}" stroke-width="2"/>`
    : ''
  return line + dot
}

const LEGEND_FONT: Font = { size: 13, weight: 400 }
const LEGEND_ROW = 22

/** A legend laid out in rows within `width`, in the order given. */
export function legendBlock(items: LegendItem[], width: number, measure: Measure): Block {
  const placed: { item: LegendItem; x: number; row: number }[] = []
  let x = 0
  let row = 0
  for (const item of items) {
    const itemWidth = 22 + measure(item.label, LEGEND_FONT) + 20
    if (x > 0 && x + itemWidth > width) {
      x = 0
      row += 1
    }
    placed.push({ item, x, row })
    x += itemWidth
  }
  return {
    height: items.length ? (row + 1) * LEGEND_ROW : 0,
    draw: (left, top) =>
      placed
        .map(({ item, x: dx, row: r }) => {
          const y = top + r * LEGEND_ROW
          return (
            legendIcon(item, left + dx, y + 2) +
            `<text x="${left + dx + 22}" y="${y + 2}" font-size="${LEGEND_FONT.size}" fill="${COLORS.ink}" dominant-baseline="hanging">${escapeXml(item.label)}</text>`
          )
        })
        .join(''),
  }
}

const LABEL_FONT: Font = { size: 13, weight: 700 }

/** The width the demo label takes in a top right corner, so that a title can keep clear of it. */
function demoLabelRoom(watermark: string | null, measure: Measure): number {
  return watermark ? measure(watermark, LABEL_FONT) + 32 : 0
}

/** A picture's title, kept clear of the demo label in the top right corner. */
export function titleBlock(
  title: string,
  watermark: string | null,
  width: number,
  font: Font,
  lineHeight: number,
  measure: Measure,
): Block {
  return textBlock(title, width - demoLabelRoom(watermark, measure), font, lineHeight, COLORS.ink, measure)
}

/** The demo label, its top right corner at (right, top): legible even where the watermark is faint. */
export function demoLabel(watermark: string, right: number, top: number, measure: Measure): string {
  const width = measure(watermark, LABEL_FONT) + 16
  return (
    `<rect x="${right - width}" y="${top}" width="${width}" height="24" rx="4" fill="#fff4e0" stroke="#e0a64a"/>` +
    `<text x="${right - width / 2}" y="${top + 5}" font-size="${LABEL_FONT.size}" font-weight="700" fill="#6b4200" text-anchor="middle" dominant-baseline="hanging">${escapeXml(watermark)}</text>`
  )
}

/** The demo watermark across an area centred on (cx, cy). */
export function watermarkText(watermark: string, cx: number, cy: number, size = 56): string {
  return `<text x="${cx}" y="${cy}" font-size="${size}" font-weight="700" fill="${COLORS.watermark}" fill-opacity="0.14" text-anchor="middle" dominant-baseline="middle" transform="rotate(-18 ${cx} ${cy})">${escapeXml(watermark)}</text>`
}

/** The SVG document around composed parts, on a filled background. */
export function svgDocument(parts: string, width: number, height: number, background: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    parts +
    `</svg>`
  )
}

const SMALL: Font = { size: 12, weight: 400 }

/** Source and export time, the last lines of every export. */
export function footerBlock(lines: string[], width: number, measure: Measure): Block {
  return stack(
    lines.map((line) => textBlock(line, width, SMALL, 18, COLORS.soft, measure)),
    0,
  )
}

/** Returns the composed SVG of a chart's export and its size in CSS pixels. */
export function composeExportSvg(chart: ChartPicture, text: ExportText, measure: Measure) {
  const width = chart.width + PAD * 2
  const inner = chart.width
  const head = stack(
    [
      titleBlock(text.title, text.watermark, inner, { size: 20, weight: 700 }, 28, measure),
      textBlock(text.summary, inner, { size: 14, weight: 400 }, 21, COLORS.soft, measure),
      textBlock(text.filters, inner, { size: 13, weight: 400 }, 19, COLORS.soft, measure),
    ],
    4,
  )
  const legend = legendBlock(chart.legend, inner, measure)
  const body = chart.svg === null ? rowsBlock(chart.rows ?? [], inner, measure) : picture(chart.svg, chart.height)
  // A figure in a document leaves out the lines the document states once for all (as-of month, source, time).
  const foot = footerBlock(
    [[text.unit, text.asOf].filter(Boolean).join(' · '), text.source, text.exportedAt].filter(Boolean),
    inner,
    measure,
  )
  const chartTop = PAD + head.height + 10 + 2 + 10
  const note = textBlock(text.note ?? '', inner, { size: 13, weight: 700 }, 19, COLORS.ink, measure)
  const page = stack([head, rule(inner, 2, COLORS.accent), body, legend, note, rule(inner, 1, COLORS.rule), foot], 10)
  const height = PAD + page.height + PAD
  let parts = page.draw(PAD, PAD)
  if (text.watermark) {
    parts += watermarkText(text.watermark, PAD + inner / 2, chartTop + body.height / 2)
    parts += demoLabel(text.watermark, width - PAD, PAD - 4, measure)
  }
  return { svg: svgDocument(parts, width, height, '#ffffff'), width, height }
}
