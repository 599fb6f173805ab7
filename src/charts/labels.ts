/**
 * Where the bar chart's text goes, decided from numbers alone: text widths are estimated from the string and the font
 * size, never measured, so the layout is the same on screen, in jsdom and on the export stage, and costs no reflow.
 */

/**
 * An upper estimate of a text's width in px: CJK characters and full-width forms take a full em; Latin letters, digits
 * and signs about 0.62 em in the UI fonts (Noto Sans, YaHei, system-ui), spaces less.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code >= 0x2e80) ems += 1
    else if (ch === ' ') ems += 0.3
    else ems += 0.62
  }
  return ems * fontSize
}

/**
 * The ticks to label: every k-th tick from the first, with the smallest k at which no two neighbouring labels come
 * closer than `gap` px. On a narrow plot (or with long labels) the ticks thin out instead of running together.
 */
export function ticksThatFit(
  ticks: readonly number[],
  position: (tick: number) => number,
  labelWidth: (tick: number) => number,
  gap = 8,
): number[] {
  for (let k = 1; k < ticks.length; k += 1) {
    const kept = ticks.filter((_, i) => i % k === 0)
    const clear = kept.every(
      (tick, i) =>
        i === 0 ||
        Math.abs(position(tick) - position(kept[i - 1])) >= (labelWidth(tick) + labelWidth(kept[i - 1])) / 2 + gap,
    )
    if (clear) return kept
  }
  return ticks.slice(0, 1)
}

export interface LabelPlacement {
  /** where the text is anchored */
  x: number
  anchor: 'start' | 'end'
  /** drawn inside the bar (in white), or beside it (in text colour) */
  inside: boolean
}

/**
 * Where a bar's value label goes so that it stays clear of the reference line (the dashed 100% line): at the bar's
 * end as preferred if that is clear; else inside the bar just short of the line; else outside the bar's end; else
 * inside the bar beyond the line. A place is taken only if the label fits there (inside the bar, or inside the chart).
 */
export function placeValueLabel(p: {
  /** x of the bar's end, and of zero */
  end: number
  zero: number
  /** the label's (estimated) width */
  width: number
  prefer: 'inside' | 'outside'
  /** x of the reference line, if there is one */
  reference?: number
  /** the chart's width: an outside label must end within it */
  chartWidth: number
  /** space between the label and the bar's end or the line, px */
  pad?: number
}): LabelPlacement {
  const { end, zero, width, prefer, reference, chartWidth, pad = 5 } = p
  // Which way the bar runs: rightwards for values above zero.
  const dir = end >= zero ? 1 : -1
  const barLow = Math.min(zero, end)
  const barHigh = Math.max(zero, end)
  // A label ending (in the bar's direction) at `tip`, inside the bar, or starting at `tip` outside it.
  const inside = (tip: number): LabelPlacement => ({ x: tip, anchor: dir > 0 ? 'end' : 'start', inside: true })
  const outside = (tip: number): LabelPlacement => ({ x: tip, anchor: dir > 0 ? 'start' : 'end', inside: false })
  const span = (l: LabelPlacement): [number, number] => (l.anchor === 'start' ? [l.x, l.x + width] : [l.x - width, l.x])
  const fits = (l: LabelPlacement) => {
    const [a, b] = span(l)
    if (l.inside) return a >= barLow + 2 && b <= barHigh - 2
    // outside: within the chart, and off the bar
    return a >= 0 && b <= chartWidth && (dir > 0 ? a >= barHigh : b <= barLow)
  }
  const clear = (l: LabelPlacement) => {
    if (reference === undefined) return true
    const [a, b] = span(l)
    return b + 3 <= reference || a - 3 >= reference
  }
  const atEnd = { inside: inside(end - dir * pad), outside: outside(end + dir * pad) }
  const candidates: LabelPlacement[] = [atEnd[prefer]]
  // without a line to keep clear of, the other end of the bar's tip (a narrow chart has no room after a long bar)
  if (reference === undefined) candidates.push(prefer === 'inside' ? atEnd.outside : atEnd.inside)
  if (reference !== undefined) {
    candidates.push(
      inside(reference - dir * pad), // inside the bar, short of the line
      prefer === 'inside' ? atEnd.outside : atEnd.inside,
      outside(reference + dir * pad), // beyond the line, for a bar that stops short of it
      { x: reference + dir * pad, anchor: dir > 0 ? 'start' : 'end', inside: true }, // inside, beyond the line
    )
  }
  return candidates.find((l) => fits(l) && clear(l)) ?? atEnd[prefer]
}

/** Below this width (a phone) a bar chart may write its row labels above the bars instead of left of them. */
export const STACK_ROWS_BELOW = 420
/** A line of row label text above a bar, px. */
export const STACKED_LINE = 15

export interface RowLayout {
  /** the labels above each bar (stacked) or left of them */
  stacked: boolean
  labelWidth: number
  barSize: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** when stacked: the text's height above each bar, px */
  textHeight: number
}

/**
 * Where a horizontal bar chart's row labels go, from numbers alone: left of the bars as the chart asks, unless the
 * chart is narrow (below STACK_ROWS_BELOW) and the labels would leave the bars less than half of it; then above each
 * bar (`lines` lines of text: a label and a second line), the bar as thick as asked or as the row leaves room for, and
 * the right margin kept for value labels given back (but for half a tick label) (they go inside or after the bar, as space allows). A row too thin
 * for a line of text over a bar keeps its labels at the left.
 */
export function hbarRowLayout(p: {
  width: number
  height: number
  rows: number
  /** lines of text per row: 1, or 2 with a second line */
  lines: number
  labelWidth: number
  barSize: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** the value axis's height under the plot */
  axisHeight: number
}): RowLayout {
  const { width, height, rows, lines, labelWidth, barSize, margin, axisHeight } = p
  const asked: RowLayout = { stacked: false, labelWidth, barSize, margin, textHeight: 0 }
  const plotWidth = width - margin.left - margin.right - labelWidth
  if (width >= STACK_ROWS_BELOW || plotWidth >= width / 2 || rows === 0) return asked
  const band = (height - margin.top - margin.bottom - axisHeight) / rows
  const textHeight = lines * STACKED_LINE + 2
  const room = Math.floor(band - textHeight - 4)
  if (room < 8) return asked
  return {
    stacked: true,
    labelWidth: 1,
    barSize: Math.min(barSize, room),
    margin: { ...margin, right: Math.min(margin.right, 24) },
    textHeight,
  }
}

/**
 * Text broken into lines no wider than `width` by the estimate above: Latin text at spaces, Chinese between any two
 * characters. A word wider than the width alone stays whole on its line.
 */
export function wrapByEstimate(text: string, width: number, fontSize: number): string[] {
  const tokens =
    text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && estimateTextWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd())
      line = token
    } else line += token
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}
