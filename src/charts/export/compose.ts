/**
 * Composes a chart's export image as one SVG document: title, summary and filters above the chart, its legend
 * below, then unit, as-of month, source and export time, and a watermark in demo mode. Pure: text is measured by
 * the function it is given (a canvas in the browser), and every piece of text is escaped.
 */

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
}

export interface LegendEntry {
  /** the legend icon's own <svg> markup, styles inlined */
  icon: string
  label: string
  color: string
}

export interface ChartPicture {
  /** the chart's <svg> markup, styles inlined */
  svg: string
  width: number
  height: number
  legend: LegendEntry[]
}

export type Measure = (text: string, font: Font) => number

export interface Font {
  size: number
  weight: 400 | 700
}

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
export const PAD = 24

const COLORS = { ink: '#1d2330', soft: '#4a5263', rule: '#dfe3ea', accent: '#1f5fa8', watermark: '#c25e00' }

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

/** Returns the composed SVG and its size in CSS pixels. */
export function composeExportSvg(chart: ChartPicture, text: ExportText, measure: Measure) {
  const width = chart.width + PAD * 2
  const inner = chart.width
  const parts: string[] = []
  let y = PAD

  const block = (
    content: string,
    font: Font,
    lineHeight: number,
    color: string,
    gapAfter: number,
    wrapWidth = inner,
  ) => {
    const lines = wrapText(content, wrapWidth, font, measure)
    parts.push(textLines(lines, PAD, y, font, lineHeight, color))
    y += lines.length * lineHeight + gapAfter
  }

  const titleFont: Font = { size: 20, weight: 700 }
  // The title keeps clear of the demo label in the top right corner.
  const labelRoom = text.watermark ? measure(text.watermark, { size: 13, weight: 700 }) + 32 : 0
  block(text.title, titleFont, 28, COLORS.ink, 4, inner - labelRoom)
  block(text.summary, { size: 14, weight: 400 }, 21, COLORS.soft, 4)
  block(text.filters, { size: 13, weight: 400 }, 19, COLORS.soft, 10)
  parts.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="2" fill="${COLORS.accent}"/>`)
  y += 12

  const chartTop = y
  parts.push(chart.svg.replace(/^<svg\b/, `<svg x="${PAD}" y="${y}"`))
  y += chart.height + 8

  // The legend, laid out in rows like the chart's own.
  const legendFont: Font = { size: 13, weight: 400 }
  let x = PAD
  if (chart.legend.length) {
    const rowHeight = 22
    for (const entry of chart.legend) {
      const itemWidth = 18 + measure(entry.label, legendFont) + 20
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD
        y += rowHeight
      }
      parts.push(entry.icon.replace(/^<svg\b/, `<svg x="${x}" y="${y + 2}"`))
      parts.push(
        `<text x="${x + 18}" y="${y + 1}" font-size="13" fill="${escapeXml(entry.color)}" dominant-baseline="hanging">${escapeXml(entry.label)}</text>`,
      )
      x += itemWidth
    }
    y += rowHeight + 6
  }

  parts.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="1" fill="${COLORS.rule}"/>`)
  y += 10
  const small: Font = { size: 12, weight: 400 }
  block(`${text.unit} · ${text.asOf}`, small, 18, COLORS.soft, 0)
  block(text.source, small, 18, COLORS.soft, 0)
  block(text.exportedAt, small, 18, COLORS.soft, 0)
  const height = y + PAD

  if (text.watermark) {
    const cx = PAD + inner / 2
    const cy = chartTop + chart.height / 2
    parts.push(
      `<text x="${cx}" y="${cy}" font-size="56" font-weight="700" fill="${COLORS.watermark}" fill-opacity="0.14" text-anchor="middle" dominant-baseline="middle" transform="rotate(-18 ${cx} ${cy})">${escapeXml(text.watermark)}</text>`,
    )
    // and a label in the corner, legible even where the watermark is faint
    const label = escapeXml(text.watermark)
    const labelWidth = measure(text.watermark, { size: 13, weight: 700 }) + 16
    parts.push(
      `<rect x="${width - PAD - labelWidth}" y="${PAD - 4}" width="${labelWidth}" height="24" rx="4" fill="#fff4e0" stroke="#e0a64a"/>`,
      `<text x="${width - PAD - labelWidth / 2}" y="${PAD + 1}" font-size="13" font-weight="700" fill="#6b4200" text-anchor="middle" dominant-baseline="hanging">${label}</text>`,
    )
  }

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  return { svg, width, height }
}
