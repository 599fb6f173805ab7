/** Where the trend's programme names go (charts/LineChart.tsx placeBandLabels), on a wide chart and on a phone. */
import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from '../../src/charts/labels'
import { placeBandLabels, type LineBand } from '../../src/charts/LineChart'

const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']
const bands: LineBand[] = [
  {
    id: 'spring',
    from: '2024-02',
    to: '2024-03',
    label: { text: 'Spring Breeze Action (dates estimated)', align: 'start', line: 0 },
  },
  {
    id: 'hundred',
    from: '2024-05',
    to: '2024-08',
    label: { text: '100-Day 10-Million Recruitment Campaign (dates estimated)', align: 'end', line: 1 },
  },
]

describe('placeBandLabels', () => {
  it('on a wide chart: each name on its line, whole, no pieces', () => {
    const cell = 100
    const edge = (m: string) => 72 + cell * months.indexOf(m)
    const placed = placeBandLabels(bands, edge, cell, 900)
    expect(placed.line.get('spring')).toBe(0)
    expect(placed.line.get('hundred')).toBe(1)
    expect(placed.lines).toBe(2)
    expect(placed.pieces.size).toBe(0)
  })

  it('on a phone: a name wider than the chart in pieces, one under the other, every piece inside the chart', () => {
    const width = 327
    const cell = (width - 16 - 72) / months.length
    const edge = (m: string) => 72 + cell * months.indexOf(m)
    const placed = placeBandLabels(bands, edge, cell, width, { fontSize: 12, fit: [2, width - 2] })
    const hundred = placed.pieces.get('hundred')!
    expect(hundred.length).toBeGreaterThan(1)
    expect(hundred.map((p) => p.text).join(' ')).toBe(bands[1].label!.text)
    hundred.forEach((piece, i) => i > 0 && expect(piece.line).toBeGreaterThan(hundred[i - 1].line))
    for (const piece of [...placed.pieces.values()].flat()) {
      expect(piece.x).toBeGreaterThanOrEqual(2)
      expect(piece.x + estimateTextWidth(piece.text, 12)).toBeLessThanOrEqual(width - 2)
      expect(piece.line).toBeLessThan(placed.lines)
    }
    // no two pieces on one line run into each other
    const all = [...placed.pieces.values()].flat()
    for (const a of all)
      for (const b of all)
        if (a !== b && a.line === b.line) {
          const [left, right] = a.x < b.x ? [a, b] : [b, a]
          expect(left.x + estimateTextWidth(left.text, 12)).toBeLessThanOrEqual(right.x)
        }
  })
})
