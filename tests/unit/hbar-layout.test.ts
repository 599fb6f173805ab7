import { describe, expect, it } from 'vitest'
import {
  estimateTextWidth,
  hbarRowLayout,
  placeValueLabel,
  STACK_ROWS_BELOW,
  STACKED_LINE,
  ticksThatFit,
  wrapByEstimate,
} from '../../src/charts/labels'

describe('estimateTextWidth', () => {
  it('counts CJK characters as a full em and Latin ones as about 0.6 em', () => {
    expect(estimateTextWidth('', 12)).toBe(0)
    expect(estimateTextWidth('万', 12)).toBe(12)
    expect(estimateTextWidth('1500万', 12)).toBeCloseTo(4 * 0.62 * 12 + 12)
    expect(estimateTextWidth('0.8M', 10)).toBeCloseTo(4 * 6.2)
    expect(estimateTextWidth('a b', 10)).toBeCloseTo(6.2 + 3 + 6.2)
  })
})

describe('ticksThatFit', () => {
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1]
  const width = () => 26 // "0.8M" at 12 px, rounded up

  it('keeps every tick when there is room', () => {
    expect(ticksThatFit(ticks, (t) => t * 500, width)).toEqual(ticks)
  })

  it('labels every second tick, then every third…, as the plot narrows, always from the first', () => {
    // 0.2 apart is 30 px: 26 px labels need 26 + 8 px between centres
    expect(ticksThatFit(ticks, (t) => t * 150, width)).toEqual([0, 0.4, 0.8])
    expect(ticksThatFit(ticks, (t) => t * 80, width)).toEqual([0, 0.6])
    expect(ticksThatFit(ticks, (t) => t * 10, width)).toEqual([0])
  })

  it('leaves at least the gap between neighbouring labels, whatever their widths', () => {
    const labels = (t: number) => (t === 0 ? 6 : 40)
    for (const span of [60, 100, 200, 400, 800]) {
      const kept = ticksThatFit(ticks, (t) => t * span, labels, 8)
      for (let i = 1; i < kept.length; i += 1) {
        const between = (kept[i] - kept[i - 1]) * span
        expect(between).toBeGreaterThanOrEqual((labels(kept[i]) + labels(kept[i - 1])) / 2 + 8)
      }
    }
  })

  it('handles no ticks and one tick', () => {
    expect(ticksThatFit([], (t) => t, width)).toEqual([])
    expect(ticksThatFit([5], (t) => t, width)).toEqual([5])
  })
})

describe('placeValueLabel', () => {
  const base = { zero: 100, width: 40, chartWidth: 600 }
  const span = (l: { x: number; anchor: 'start' | 'end' }) => (l.anchor === 'start' ? [l.x, l.x + 40] : [l.x - 40, l.x])
  const clearOf = (line: number, l: { x: number; anchor: 'start' | 'end' }) => {
    const [a, b] = span(l)
    return b + 3 <= line || a - 3 >= line
  }

  it('without a reference line, goes where it is asked', () => {
    expect(placeValueLabel({ ...base, end: 400, prefer: 'inside' })).toEqual({ x: 395, anchor: 'end', inside: true })
    expect(placeValueLabel({ ...base, end: 400, prefer: 'outside' })).toEqual({
      x: 405,
      anchor: 'start',
      inside: false,
    })
  })

  it('stays at the end of the bar when that is clear of the line', () => {
    // a bar well past the line, and one well short of it
    expect(placeValueLabel({ ...base, end: 500, prefer: 'inside', reference: 400 })).toEqual({
      x: 495,
      anchor: 'end',
      inside: true,
    })
    expect(placeValueLabel({ ...base, end: 300, prefer: 'inside', reference: 400 })).toEqual({
      x: 295,
      anchor: 'end',
      inside: true,
    })
  })

  it('a bar just past the line: its label goes inside the bar, short of the line', () => {
    const label = placeValueLabel({ ...base, end: 420, prefer: 'inside', reference: 400 })
    expect(label).toEqual({ x: 395, anchor: 'end', inside: true })
    expect(clearOf(400, label)).toBe(true)
  })

  it('a bar just short of the line with an outside label: inside the bar if it holds it, else beyond the line', () => {
    const long = placeValueLabel({ ...base, end: 390, prefer: 'outside', reference: 400 })
    expect(long).toEqual({ x: 385, anchor: 'end', inside: true })
    const short = placeValueLabel({ ...base, end: 130, prefer: 'outside', reference: 150 })
    expect(short).toEqual({ x: 155, anchor: 'start', inside: false })
    expect(clearOf(150, short)).toBe(true)
  })

  it('never crosses the line for any bar length, when there is room anywhere', () => {
    for (let end = 150; end <= 560; end += 3) {
      for (const prefer of ['inside', 'outside'] as const) {
        const label = placeValueLabel({ ...base, end, prefer, reference: 400 })
        expect(clearOf(400, label), `end ${end}, ${prefer}`).toBe(true)
        const [a, b] = span(label)
        if (label.inside) expect(a >= 100 && b <= end, `end ${end}, ${prefer}: inside the bar`).toBe(true)
        else expect(a >= end && b <= 600, `end ${end}, ${prefer}: beside the bar`).toBe(true)
      }
    }
  })

  it('without a reference line, takes the other side of the tip when the one asked for does not fit', () => {
    // a long bar on a narrow chart: no room after it, so inside
    expect(placeValueLabel({ ...base, chartWidth: 420, end: 400, prefer: 'outside' })).toEqual({
      x: 395,
      anchor: 'end',
      inside: true,
    })
    // a short bar: no room inside, so after it
    expect(placeValueLabel({ ...base, end: 120, prefer: 'inside' })).toEqual({ x: 125, anchor: 'start', inside: false })
  })

  it('mirrors for a bar running left of zero', () => {
    expect(placeValueLabel({ ...base, zero: 300, end: 100, prefer: 'inside' })).toEqual({
      x: 105,
      anchor: 'start',
      inside: true,
    })
    expect(placeValueLabel({ ...base, zero: 300, end: 100, prefer: 'outside' })).toEqual({
      x: 95,
      anchor: 'end',
      inside: false,
    })
  })
})

describe('hbarRowLayout', () => {
  const margin = { top: 8, right: 150, bottom: 4, left: 8 }
  // the channels chart: five rows, 250 px of English labels, room for value labels at the right
  const channels = { rows: 5, lines: 2, labelWidth: 250, barSize: 20, margin, axisHeight: 30 }

  it('keeps the labels left of the bars at any width from STACK_ROWS_BELOW up (the desktop is unchanged)', () => {
    for (const width of [STACK_ROWS_BELOW, 452, 486, 960]) {
      expect(hbarRowLayout({ ...channels, width, height: 260 })).toEqual({
        stacked: false,
        labelWidth: 250,
        barSize: 20,
        margin,
        textHeight: 0,
      })
    }
  })

  it('on a phone, writes the labels above the bars when they would leave the bars less than half the width', () => {
    const layout = hbarRowLayout({ ...channels, width: 327, height: 340 })
    expect(layout.stacked).toBe(true)
    expect(layout.labelWidth).toBeLessThanOrEqual(1)
    expect(layout.margin.right).toBeLessThanOrEqual(24)
    expect(layout.textHeight).toBe(2 * STACKED_LINE + 2)
    // each row holds its text and its bar
    const band = (340 - 8 - 4 - 30) / 5
    expect(layout.textHeight + layout.barSize).toBeLessThanOrEqual(band)
    expect(layout.barSize).toBe(20)
  })

  it('thins the bars to what a row leaves, and keeps the labels left when a row has no room for text and a bar', () => {
    const thin = hbarRowLayout({ ...channels, lines: 1, width: 327, height: 230 })
    expect(thin.stacked).toBe(true)
    expect(thin.barSize).toBeLessThan(20)
    expect(thin.barSize).toBeGreaterThanOrEqual(8)
    // two lines of text over a 20 px bar do not fit 260 px for five rows
    expect(hbarRowLayout({ ...channels, width: 327, height: 260 }).stacked).toBe(false)
    // 25 rows of 22 px: no line of text fits over a bar
    const ranking = { rows: 25, lines: 1, labelWidth: 250, barSize: 14, margin, axisHeight: 30 }
    expect(hbarRowLayout({ ...ranking, width: 327, height: 590 }).stacked).toBe(false)
  })

  it('keeps the labels left when they leave the bars half of a narrow chart or more', () => {
    const ranking = { rows: 5, lines: 1, labelWidth: 64, barSize: 14, margin: { ...margin, right: 24 }, axisHeight: 30 }
    expect(hbarRowLayout({ ...ranking, width: 327, height: 300 }).stacked).toBe(false)
  })
})

describe('wrapByEstimate', () => {
  it('breaks English at spaces and Chinese between characters, no line wider than asked', () => {
    const en = wrapByEstimate('100-Day 10-Million Recruitment Campaign (dates estimated)', 200, 12)
    expect(en.join(' ')).toBe('100-Day 10-Million Recruitment Campaign (dates estimated)')
    expect(en.length).toBeGreaterThan(1)
    for (const line of en) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(200)
    const zh = wrapByEstimate('百日千万招聘专项行动（起止时间为估计）', 120, 12)
    expect(zh.join('')).toBe('百日千万招聘专项行动（起止时间为估计）')
    expect(zh).toEqual(['百日千万招聘专项行动', '（起止时间为估计）'])
  })

  it('keeps a text that fits on one line, and a word wider than the width whole', () => {
    expect(wrapByEstimate('Spring Breeze Action', 400, 12)).toEqual(['Spring Breeze Action'])
    expect(wrapByEstimate('Recruitment', 20, 12)).toEqual(['Recruitment'])
    expect(wrapByEstimate('', 100, 12)).toEqual([])
  })
})
