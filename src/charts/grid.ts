import type { CartesianGridProps } from 'recharts'

type HorizontalCoordinatesGenerator = NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>
type VerticalCoordinatesGenerator = NonNullable<CartesianGridProps['verticalCoordinatesGenerator']>

/**
 * Where Recharts' CartesianGrid draws its lines, given without text measurement. Left to itself the grid lays out
 * the ticks of both axes, the direction it draws and the one it does not, through the axes' tick layout; until an
 * axis's own settings are registered (a chart's first passes) that layout is Recharts' default, which measures every
 * tick's text in the DOM: the ranking's 31 province names, each a forced layout, inside the chart's first task
 * (issue 25). Our grid lines are at values we already hold (the value axis's ticks), at the axis scale's positions.
 */
type Axis = { scale?: { map: (value: unknown) => number | undefined } } | undefined

function linesAt(axis: Axis, values: readonly number[]): number[] {
  const scale = axis?.scale
  if (!scale) return [] // the axis is not laid out yet: the next pass draws the lines
  return values.map((v) => scale.map(v)).filter((c): c is number => c !== undefined && Number.isFinite(c))
}

/** Horizontal lines at these values of the y axis. */
export const horizontalLinesAt =
  (values: readonly number[]): HorizontalCoordinatesGenerator =>
  ({ yAxis }) =>
    linesAt(yAxis, values)

/** Vertical lines at these values of the x axis. */
export const verticalLinesAt =
  (values: readonly number[]): VerticalCoordinatesGenerator =>
  ({ xAxis }) =>
    linesAt(xAxis, values)

/** No lines in a direction the grid does not draw (it would lay that axis's ticks out all the same). */
export const noLines = (): number[] => []
