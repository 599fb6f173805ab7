import type { LegendItem } from './chartContent'

export const LEGEND_HEIGHT = 28

/** A line sample as the series is drawn: colour, width, dashes and a dot. */
export function LegendIcon({ item }: { item: LegendItem }) {
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
      <line x1="1" y1="7" x2="17" y2="7" stroke={item.color} strokeWidth={item.width} strokeDasharray={item.dash} />
      {item.dot ? <circle cx="9" cy="7" r="3" fill="#fff" stroke={item.color} strokeWidth={2} /> : null}
    </svg>
  )
}

/** The chart's legend, from the same items the export draws. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <LegendIcon item={item} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  )
}
