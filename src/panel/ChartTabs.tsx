/**
 * Tabs above a chart's body, for a panel with more than one view of its data (the Regions panel: ranking, map,
 * trends). WAI-ARIA APG tabs with automatic activation: one tab stop on the selected tab; Left/Right (wrapping),
 * Home and End move to a tab and select it. The selection is the caller's (the URL's), so it survives a reload.
 */
import { useRef, type KeyboardEvent } from 'react'

export interface ChartTab {
  key: string
  label: string
}

export interface ChartTabsProps {
  /** the tab list's accessible name */
  label: string
  items: readonly ChartTab[]
  selected: string
  onSelect: (key: string) => void
}

/** The ids that tie a tab to the panel it controls. */
export const tabId = (base: string, key: string) => `${base}-tab-${key}`
export const tabPanelId = (base: string) => `${base}-tabpanel`

export function ChartTabs({ label, items, selected, onSelect, idBase }: ChartTabsProps & { idBase: string }) {
  const listRef = useRef<HTMLDivElement>(null)
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.key === selected)
    const last = items.length - 1
    const next =
      e.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index <= 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null
    if (next === null) return
    e.preventDefault()
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus()
    onSelect(items[next].key)
  }
  return (
    <div ref={listRef} className="chart-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => {
        const active = item.key === selected
        return (
          <button
            key={item.key}
            type="button"
            role="tab"
            id={tabId(idBase, item.key)}
            aria-selected={active}
            aria-controls={tabPanelId(idBase)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(item.key)}
          >
            {item.label}
          </button>
        )
      })}
    </div>
  )
}
