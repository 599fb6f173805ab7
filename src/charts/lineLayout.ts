/**
 * The geometry of a line chart over months, as pure functions: each month is a cell of equal width, its point in
 * the cell's middle (so a programme band covers whole months, and a one-month band is not a hairline), and a line
 * is a path through the points that breaks where a month has no value.
 */

export interface Point {
  x: number
  y: number
}

/** `count` month cells side by side from `left` to `right`: each cell's middle, and the cell under an x. */
export function monthCells(count: number, left: number, right: number) {
  const step = (right - left) / Math.max(1, count)
  return {
    step,
    /** the middle of month `i`'s cell */
    x: (i: number) => left + step * (i + 0.5),
    /** the left edge of month `i`'s cell */
    edge: (i: number) => left + step * i,
    /** the month whose cell holds `x`; the first or last when `x` is outside */
    at: (x: number) => Math.max(0, Math.min(count - 1, Math.floor((x - left) / (step || 1)))),
  }
}

/** A linear map from the domain to pixels, top (high values) to bottom. */
export function valueScale(domain: readonly [number, number], top: number, bottom: number) {
  const [low, high] = domain
  return (v: number) => bottom - ((v - low) / (high - low || 1)) * (bottom - top)
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * An SVG path through the points in order, broken at each null (a month without a value is a gap, never bridged).
 * `step`: the value holds until the next point, then changes (an annual target, which changes in January).
 */
export function linePath(points: readonly (Point | null)[], step = false): string {
  let d = ''
  let previous: Point | null = null
  for (const p of points) {
    if (p === null) {
      previous = null
      continue
    }
    if (previous === null) d += `M${round(p.x)},${round(p.y)}`
    else if (step) d += `H${round(p.x)}V${round(p.y)}`
    else d += `L${round(p.x)},${round(p.y)}`
    previous = p
  }
  return d
}
