import { Text } from 'recharts'
import { chartFont } from '../../charts/theme'

interface TickProps {
  payload: { value: unknown }
  index: number
  tickFormatter?: (value: never, index: number) => string
  [prop: string]: unknown
}

/**
 * An axis label drawn as Recharts draws it, in the chart font, but without the axis's width: given a width,
 * Recharts' Text measures every word of every label in the DOM (to wrap it), a forced layout per new label on each
 * filter change. Tick labels are one word ("3000万", "30M", "8月", "Aug 2024" on an axis far wider), so nothing wraps.
 */
export function AxisTick(props: TickProps) {
  const { payload, index, tickFormatter, ...rest } = props
  const text: Record<string, unknown> = { ...rest }
  for (const key of ['width', 'height', 'visibleTicksCount', 'padding']) delete text[key]
  const value = tickFormatter ? tickFormatter(payload.value as never, index) : String(payload.value)
  return (
    <Text {...text} {...chartFont}>
      {value}
    </Text>
  )
}
