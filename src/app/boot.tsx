/** Renders the app into the page shell (which React replaces in place), with the query client the prefetch fills. */
import type { QueryClient } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadPanels } from './loadPanels'

export function boot(queryClient: QueryClient) {
  void loadPanels()
  const root = createRoot(document.getElementById('root')!)
  // In a transition, the app's first render (the masthead, the filters, the frames: 60–100 ms traced on a cold load)
  // is done in slices that let the answers be read between them, instead of one long task; the static shell stays on
  // screen until it is committed.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  )
}
