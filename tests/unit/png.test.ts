/**
 * `inlineSvg` (export/png.ts): the chart's <svg> as markup that stands alone. Classes and CSS do not survive
 * serialisation, so the computed styles that draw it are written onto every element; what only the page needs
 * (classes, tab stops) is left out; the original on screen is untouched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FONT_FAMILY } from '../../src/export/compose'
import { inlineSvg } from '../../src/export/png'

const NS = 'http://www.w3.org/2000/svg'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

/** What the page's style sheet gives each class; jsdom computes no SVG styles, so the test says what a browser would. */
const CASCADE: Record<string, Record<string, string>> = {
  series: { stroke: 'rgb(31, 95, 168)', 'stroke-width': '3px', fill: 'none' },
  label: { 'font-size': '13px', fill: 'rgb(29, 35, 48)' },
}
function pageStyles() {
  vi.spyOn(window, 'getComputedStyle').mockImplementation(
    (element: Element) =>
      ({
        getPropertyValue: (name: string) => CASCADE[element.getAttribute('class') ?? '']?.[name] ?? '',
      }) as CSSStyleDeclaration,
  )
}

function drawnChart() {
  pageStyles()
  const svg = document.createElementNS(NS, 'svg')
  svg.setAttribute('width', '300')
  svg.setAttribute('class', 'chart')
  const path = document.createElementNS(NS, 'path')
  path.setAttribute('class', 'series')
  path.setAttribute('d', 'M0,0L10,10')
  const text = document.createElementNS(NS, 'text')
  text.setAttribute('class', 'label')
  text.setAttribute('tabindex', '0')
  text.textContent = '3295.3万 <&>'
  svg.append(path, text)
  document.body.append(svg)
  return svg
}

describe('inlineSvg', () => {
  it('writes the styles the page gave through classes onto the elements themselves', () => {
    const doc = new DOMParser().parseFromString(inlineSvg(drawnChart()), 'image/svg+xml')
    const path = doc.querySelector('path')!
    expect(path.getAttribute('style')).toMatch(/stroke:\s*rgb\(31, 95, 168\)/)
    expect(path.getAttribute('style')).toMatch(/stroke-width:\s*3px/)
    expect(path.getAttribute('style')).toMatch(/fill:\s*none/)
    expect(doc.querySelector('text')!.getAttribute('style')).toMatch(/font-size:\s*13px/)
    // a property the page does not set is not written at all
    expect(doc.querySelector('text')!.getAttribute('style')).not.toMatch(/stroke/)
  })

  it('leaves out classes and tab stops, and escapes text', () => {
    const markup = inlineSvg(drawnChart())
    expect(markup).not.toMatch(/class=/)
    expect(markup).not.toMatch(/tabindex/i)
    expect(markup).toContain('3295.3万 &lt;&amp;&gt;')
  })

  it('is a standalone SVG document in the export font, with the attributes asked for on its root', () => {
    const doc = new DOMParser().parseFromString(inlineSvg(drawnChart(), { width: '960' }), 'image/svg+xml')
    const root = doc.documentElement
    expect(root.namespaceURI).toBe(NS)
    expect(root.getAttribute('width')).toBe('960')
    expect(root.getAttribute('font-family')).toBe(FONT_FAMILY)
    expect(doc.querySelector('parsererror')).toBeNull()
  })

  it('does not change the chart on the page', () => {
    const svg = drawnChart()
    const before = svg.outerHTML
    inlineSvg(svg, { width: '960' })
    expect(svg.outerHTML).toBe(before)
  })
})
