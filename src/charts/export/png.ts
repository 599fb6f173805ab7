/**
 * Browser side of the PNG export: takes the chart as drawn (off screen, at a fixed width), inlines the computed
 * styles its SVG needs (classes and CSS variables do not survive serialisation), composes the export image, and
 * draws it on a canvas at twice the size or more.
 */
import {
  composeExportSvg,
  FONT_FAMILY,
  type ChartPicture,
  type ExportText,
  type Font,
  type LegendEntry,
} from './compose'

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const

/**
 * A copy of an <svg> element as markup, with the computed styles that matter written onto every element, and
 * `attributes` set on its root (to resize it, say).
 */
export function inlineSvg(svg: SVGSVGElement, attributes: Record<string, string> = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const source = [svg, ...svg.querySelectorAll('*')]
  const target = [clone, ...clone.querySelectorAll('*')]
  source.forEach((element, i) => {
    const computed = getComputedStyle(element)
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).filter((d) => !d.endsWith(':'))
    // Through the CSSOM, not setAttribute('style'): the production CSP allows no inline style attributes.
    ;(target[i] as SVGElement).style.cssText = style.join(';')
    target[i].removeAttribute('class')
    target[i].removeAttribute('tabindex')
  })
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('font-family', FONT_FAMILY)
  for (const [name, value] of Object.entries(attributes)) clone.setAttribute(name, value)
  return new XMLSerializer().serializeToString(clone)
}

export function legendEntries(stage: HTMLElement): LegendEntry[] {
  return [...stage.querySelectorAll<HTMLElement>('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector<SVGSVGElement>('svg')
    const text = item.querySelector<HTMLElement>('.recharts-legend-item-text')
    return {
      icon: icon ? inlineSvg(icon) : '',
      label: text?.textContent ?? '',
      color: text ? getComputedStyle(text).color : '#1d2330',
    }
  })
}

/**
 * The chart's own surface: a bar chart's <svg>, or the Recharts wrapper's direct <svg> (not its legend icons,
 * which are svg.recharts-surface too).
 */
export function chartSurface(stage: HTMLElement): SVGSVGElement | null {
  return stage.querySelector<SVGSVGElement>('svg.chart-surface, .recharts-wrapper > svg.recharts-surface')
}

/** Waits (a frame at a time) until the off-screen chart has been drawn at the stage's width. */
export async function waitForChart(stage: HTMLElement, width: number, timeoutMs = 2_000): Promise<SVGSVGElement> {
  const started = performance.now()
  for (;;) {
    const svg = chartSurface(stage)
    if (svg && Math.round(svg.getBoundingClientRect().width) === width) return svg
    if (performance.now() - started > timeoutMs) throw new Error('the chart was not drawn for export')
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
}

export function canvasMeasure() {
  const context = document.createElement('canvas').getContext('2d')!
  return (text: string, font: Font) => {
    context.font = `${font.weight} ${font.size}px ${FONT_FAMILY}`
    return context.measureText(text).width
  }
}

export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')!
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/**
 * The whole PNG export of a chart drawn in `stage` at `width` CSS pixels. The layout is the same whatever the
 * screen; the pixel density is at least 2×, and enough that the image is at least `minPixelWidth` wide (twice the
 * chart's width on screen).
 */
export async function renderChartPng(
  stage: HTMLElement,
  width: number,
  text: ExportText,
  minPixelWidth = 0,
): Promise<Blob> {
  await document.fonts.ready
  const surface = await waitForChart(stage, width)
  const box = surface.getBoundingClientRect()
  const chart: ChartPicture = {
    svg: inlineSvg(surface),
    width: Math.round(box.width),
    height: Math.round(box.height),
    legend: legendEntries(stage),
  }
  const composed = composeExportSvg(chart, text, canvasMeasure())
  const scale = Math.min(4, Math.max(2, window.devicePixelRatio || 1, minPixelWidth / composed.width))
  return svgToPng(composed.svg, composed.width, composed.height, scale)
}
