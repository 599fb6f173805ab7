/**
 * Browser side of the PNG export: takes the chart as drawn (off screen, at a fixed width), inlines the computed
 * styles its SVG needs (classes and CSS variables do not survive serialisation), composes the export image, and
 * draws it on a canvas at twice the size or more.
 */
import type { LegendItem, TextRow } from '../charts/chartContent'
import { composeExportSvg, FONT_FAMILY, type ChartPicture, type ExportText, type Font } from './compose'

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
  // As a namespace declaration, so that a serializer that writes the element's own namespace does not write it twice.
  clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('font-family', FONT_FAMILY)
  for (const [name, value] of Object.entries(attributes)) clone.setAttribute(name, value)
  return new XMLSerializer().serializeToString(clone)
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
 * The whole PNG export of a chart already drawn off screen at its export width (useExportStage). The layout is the
 * same whatever the screen; the pixel density is at least 2×, and enough that the image is at least `minPixelWidth`
 * wide (twice the chart's width on screen).
 */
export async function renderChartPng(
  drawn: { surface: SVGSVGElement | null; width: number; legend: LegendItem[]; rows?: TextRow[] },
  text: ExportText,
  minPixelWidth = 0,
): Promise<Blob> {
  await document.fonts.ready
  const box = drawn.surface?.getBoundingClientRect()
  const chart: ChartPicture = {
    svg: drawn.surface ? inlineSvg(drawn.surface) : null,
    width: box ? Math.round(box.width) : drawn.width,
    height: box ? Math.round(box.height) : 0,
    legend: drawn.legend,
    rows: drawn.rows,
  }
  const composed = composeExportSvg(chart, text, canvasMeasure())
  const scale = Math.min(4, Math.max(2, window.devicePixelRatio || 1, minPixelWidth / composed.width))
  return svgToPng(composed.svg, composed.width, composed.height, scale)
}

/** A picture's size, from its PNG header (width and height, big-endian, at bytes 16 and 20). */
export function pngSize(png: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(png)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/**
 * A chart as a document's figure: composed as its PNG export is (renderChartPng), with the lines the document gives
 * once for all left out of `text`, and at least `pixels` wide (the figure's printed width at print resolution).
 */
export async function renderFigure(
  drawn: { surface: SVGSVGElement | null; width: number; legend: LegendItem[]; rows?: TextRow[] },
  text: ExportText,
  pixels: number,
): Promise<{ png: ArrayBuffer; width: number; height: number }> {
  const png = await (await renderChartPng(drawn, text, pixels)).arrayBuffer()
  return { png, ...pngSize(png) }
}
