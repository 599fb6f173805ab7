import { startTransition, useOptimistic } from 'react'
import type { CategoryId } from '../../api/common'
import { formatMonth } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import type { Compare, View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { messages } from './messages'

/**
 * Region, category, period and comparison: each change is a new URL, so back and forward step through them. The
 * dashboard draws a new view as a transition (useLocationSearch); until it has, the controls show what was chosen.
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
  const monthOptions = (filter: (m: string) => boolean) =>
    meta.months.filter(filter).map((m) => (
      <option key={m} value={m}>
        {formatMonth(m, lang)}
      </option>
    ))

  return (
    <form className="filter-bar" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
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
    </form>
  )
}
