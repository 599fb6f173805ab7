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
