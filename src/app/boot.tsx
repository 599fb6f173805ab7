/** Renders the app into the page shell (which React replaces in place), with the query client the prefetch fills. */
import type { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadPanels } from './loadPanels'

export function boot(queryClient: QueryClient) {
  void loadPanels()
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}
