/** Axis ranges and ticks at readable steps (1, 2, 2.5, 5 × 10ⁿ). */

function niceStep(span: number, maxTicks: number): number {
  const raw = span / maxTicks
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? power * 10
}

/**
 * A range that holds every value, widened to whole steps, with its ticks. With `fromZero` the range starts at 0
 * (bars); otherwise it hugs the data with a margin (trends), never going below 0.
 */
export function niceScale(values: readonly number[], options: { fromZero?: boolean; maxTicks?: number } = {}) {
  const { fromZero = false, maxTicks = 5 } = options
  if (values.length === 0) return { domain: [0, 1] as [number, number], ticks: [0, 1] }
  let low = fromZero ? Math.min(0, ...values) : Math.min(...values)
  let high = Math.max(...values)
  if (!fromZero) {
    const margin = Math.max(high - low, Math.abs(high) * 0.02, 1) * 0.08
    low = Math.max(0, low - margin)
    high += margin
  }
  if (high === low) high = low + 1
  const step = niceStep(high - low, maxTicks)
  const start = Math.floor(low / step) * step
  const end = Math.ceil(high / step) * step
  const ticks: number[] = []
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Math.round(v / step) * step)
  return { domain: [start, end] as [number, number], ticks }
}
