/** One chart's exported picture, composed from data (src/export/compose.ts): layout, wrapping, legend and footer. */
import { describe, expect, it } from 'vitest'
import { composeExportSvg, escapeXml, wrapText, type ExportText, type Measure } from '../../src/export/compose'

/** A stand-in for canvas measurement: every character 10 px wide at 10 px, proportional to the font size. */
const measure: Measure = (text, font) => [...text].length * font.size

const text: ExportText = {
  title: '全国脱贫人口务工就业月度趋势',
  summary: '2024年2月至8月，全国脱贫人口务工就业规模连续7个月环比增长。',
  filters: '地区：全国 · 类别：脱贫人口务工就业',
  unit: '单位：万人',
  asOf: '数据截至2024年8月底',
  source: '来源：新华社',
  exportedAt: '导出时间：2026年11月29日 15:00',
  watermark: '演示数据',
}
const chart = {
  svg: '<svg width="600" height="300"><rect width="600" height="300"/></svg>',
  width: 600,
  height: 300,
  legend: [],
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

describe('the composed export SVG', () => {
  it('carries the title, summary, filters, unit, as-of month, source, export time and watermark', () => {
    const { svg, width } = composeExportSvg(chart, text, measure)
    const doc = parse(svg)
    const all = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('|')
    for (const line of [text.title, text.filters, text.source, text.exportedAt, `${text.unit} · ${text.asOf}`]) {
      expect(all).toContain(line)
    }
    expect(all).toContain('演示数据')
    expect(width).toBe(600 + 48)
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff')
  })

  it('has no watermark outside demo mode', () => {
    const doc = parse(composeExportSvg(chart, { ...text, watermark: null }, measure).svg)
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent === '演示数据')).toBe(false)
  })

  it('escapes hostile text so the SVG stays well formed and inert', () => {
    const hostile = '<script>alert(1)</script> & "quotes" \u0001'
    const { svg } = composeExportSvg(chart, { ...text, title: hostile, source: '</text><image href="x"/>' }, measure)
    const doc = parse(svg)
    expect(doc.querySelectorAll('script, image')).toHaveLength(0)
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent?.includes('<script>alert(1)</script>'))).toBe(
      true,
    )
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;')
  })

  it('wraps long lines to the width, Chinese between characters and English at spaces', () => {
    const zh = wrapText('一二三四五六七八九十', 50, { size: 10, weight: 400 }, measure)
    expect(zh).toEqual(['一二三四五', '六七八九十'])
    const en = wrapText('alpha beta gamma', 90, { size: 10, weight: 400 }, measure)
    expect(en).toEqual(['alpha', 'beta', 'gamma'])
  })

  it('grows taller as the summary wraps, so nothing overlaps', () => {
    const short = composeExportSvg(chart, text, measure).height
    const long = composeExportSvg(chart, { ...text, summary: text.summary.repeat(4) }, measure).height
    expect(long).toBeGreaterThan(short)
  })
})
