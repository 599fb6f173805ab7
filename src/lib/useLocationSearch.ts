/** The page's query string as React state, updated on back/forward and on our own navigations. */
import { useSyncExternalStore } from 'react'

const NAVIGATE = 'app:navigate'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE, onChange)
  }
}

export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  )
}

/** Goes to a new query string: a new history entry (push) or a correction of the current one (replace). */
export function navigate(search: string, mode: 'push' | 'replace' = 'push') {
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATE))
}
