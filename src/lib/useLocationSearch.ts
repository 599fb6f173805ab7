/**
 * The page's query string as React state, updated on back/forward and on our own navigations. Our own navigations
 * (a filter, a tab, a language, a click on a chart) render as a transition: the event that caused one ends at once,
 * so the browser paints the control's new state within a frame, and React draws the new view in slices that yield to
 * input. The controls show their new value meanwhile (FilterBar's useOptimistic).
 */
import { startTransition, useEffect, useState } from 'react'

const NAVIGATE = 'app:navigate'

const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search)

export function useLocationSearch(): string {
  const [search, setSearch] = useState(currentSearch)
  useEffect(() => {
    const sync = () => setSearch(currentSearch())
    const navigated = () => startTransition(sync)
    window.addEventListener('popstate', sync)
    window.addEventListener(NAVIGATE, navigated)
    sync() // a navigation between the first render and this effect
    return () => {
      window.removeEventListener('popstate', sync)
      window.removeEventListener(NAVIGATE, navigated)
    }
  }, [])
  return search
}

/** Goes to a new query string: a new history entry (push) or a correction of the current one (replace). */
export function navigate(search: string, mode: 'push' | 'replace' = 'push') {
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATE))
}
