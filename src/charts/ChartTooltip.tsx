import type { CSSProperties } from 'react'

/**
 * A chart's tooltip: its first line as the title, then the figures. Seen, not read: what it says is in the chart's
 * accessible names or live region, and every number is in the data table.
 */
export function ChartTooltip({
  lines,
  className,
  style,
}: {
  lines: string[]
  className: string
  style?: CSSProperties
}) {
  return (
    <div className={`chart-tooltip ${className}`} aria-hidden="true" style={style}>
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? 'chart-tooltip-title' : undefined}>
          {line}
        </p>
      ))}
    </div>
  )
}
