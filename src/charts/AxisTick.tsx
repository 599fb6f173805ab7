import { chartFont } from './theme'

/**
 * A tick label, as Recharts places it (x, y, anchor), marked with its axis and value (`data-axis`, `data-value`) so
 * that what an axis says can be read back by value, whatever draws it.
 */
export function AxisTick(props: {
  axis: 'x' | 'y'
  format: (value: never) => string
  x?: number
  y?: number
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  payload?: { value: unknown }
}) {
  const { x, y, payload, axis } = props
  if (x === undefined || y === undefined || !payload) return null
  return (
    <text
      x={x}
      y={y}
      dy={axis === 'x' ? '0.71em' : '0.355em'}
      textAnchor={props.textAnchor}
      fontSize={chartFont.fontSize}
      fill={chartFont.fill}
      data-axis={axis}
      data-value={String(payload.value)}
    >
      {props.format(payload.value as never)}
    </text>
  )
}
