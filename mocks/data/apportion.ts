/**
 * Largest-remainder apportionment: split a whole number into whole parts proportional to weights,
 * so that the parts add up to exactly the whole. Ties go to the earlier weight, so the result is deterministic.
 */
export function apportion(whole: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(whole) || whole < 0) throw new Error(`apportion: ${whole} is not a whole non-negative number`)
  const sum = weights.reduce((a, b) => a + b, 0)
  if (weights.some((w) => !Number.isFinite(w) || w < 0) || !(sum > 0))
    throw new Error('apportion: weights must be non-negative with a positive sum')
  const exact = weights.map((w) => (whole * w) / sum)
  const parts = exact.map(Math.floor)
  let left = whole - parts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left === 0) break
    parts[i] += 1
    left -= 1
  }
  return parts
}
