import { startTransition, useEffect, useId, useOptimistic, useRef, useState, type KeyboardEvent } from 'react'
import type { CategoryId } from '../../api/common'
import { filterSummary } from '../../lib/filterSummary'
import { formatMonth } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import type { Compare, View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { messages } from './messages'

/**
 * Region, category, period and comparison: each change is a new URL, so back and forward step through them. The
 * dashboard draws a new view as a transition (useLocationSearch); until it has, the controls show what was chosen.
 *
 * On a phone (below 600 px, filters.css) the same controls sit in a sheet behind a 筛选 / Filters button that says
 * the view in two lines at most, so that the headline figures are in the first screen: the button opens the sheet,
 * 完成 / Done, Escape or a tap outside it closes it, and every change inside it is a new URL at once, as on a wider
 * screen.
 */
export function FilterBar({ meta, scope, view: current, setView }: ViewProps) {
  const t = useMessages(messages)
  const [view, choose] = useOptimistic(current, (shown: View, patch: Partial<View>) => ({ ...shown, ...patch }))
  const change = (patch: Partial<View>) =>
    startTransition(() => {
      choose(patch)
      setView(patch)
    })
  const { lang } = view
  const [open, setOpen] = useState(false)
  const formId = useId()
  const toggleRef = useRef<HTMLButtonElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }
  // Opened, the sheet takes focus on its first control.
  useEffect(() => {
    if (open) formRef.current?.querySelector('select')?.focus()
  }, [open])
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (open && e.key === 'Escape') {
      e.preventDefault()
      close()
    }
  }
  const monthOptions = (filter: (m: string) => boolean) =>
    meta.months.filter(filter).map((m) => (
      <option key={m} value={m}>
        {formatMonth(m, lang)}
      </option>
    ))

  return (
    <div className={`filters ${open ? 'is-open' : ''}`}>
      <button
        ref={toggleRef}
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="filter-toggle-name">{t.filtersButton}</span>
        <span className="filter-toggle-view">{filterSummary(meta, current)}</span>
      </button>
      {open ? <div className="filter-backdrop" aria-hidden="true" onClick={close} /> : null}
      <form
        ref={formRef}
        id={formId}
        className="filter-bar"
        aria-label={t.filters}
        onSubmit={(e) => e.preventDefault()}
        onKeyDown={onKeyDown}
      >
        <label>
          <span>{t.region}</span>
          <select value={view.region} onChange={(e) => change({ region: e.target.value })}>
            {meta.regions
              .filter((r) => scope.regionIds.includes(r.id))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name[lang]}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t.category}</span>
          <select value={view.category} onChange={(e) => change({ category: e.target.value as CategoryId })}>
            {meta.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.startMonth}</span>
          <select value={view.from} onChange={(e) => change({ from: e.target.value })}>
            {monthOptions((m) => m <= view.to)}
          </select>
        </label>
        <label>
          <span>{t.endMonth}</span>
          <select value={view.to} onChange={(e) => change({ to: e.target.value })}>
            {monthOptions((m) => m >= view.from)}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>{t.compare}</legend>
          <div className="segmented-options">
            {(['mom', 'yoy'] as const satisfies readonly Compare[]).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name="compare"
                  value={c}
                  checked={view.compare === c}
                  onChange={() => change({ compare: c })}
                />
                <span>{c === 'mom' ? t.compareMom : t.compareYoy}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="filter-done" onClick={close}>
          {t.filtersDone}
        </button>
      </form>
    </div>
  )
}
