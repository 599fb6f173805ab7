/**
 * Renders the whole app at a URL, with a fresh query client that does not retry, against the msw mock backend, booted
 * as main.tsx boots it: the first view's requests started by the prefetch, all at once, and the app rendered
 * meanwhile (the panels are drawn after the headline figures, with their answers already asked for).
 */
import { render, screen, waitFor } from '@testing-library/react'
import { App } from '../src/app/App'
import { prefetchFirstView } from '../src/app/prefetch'
import { createQueryClient } from '../src/app/queryClient'

export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const queryClient = createQueryClient({ retry: false })
  void prefetchFirstView(queryClient, window.location.search).catch(() => undefined)
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}

/** The current query string as an object, for asserting on the URL. */
export function currentParams(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(window.location.search))
}

/**
 * Every panel drawn: the dashboard draws its panels after the headline figures, one per frame (Dashboard's
 * useStagedReveal), each into the frame its page shell held (`.shell-panel`) until then.
 */
export function panelsDrawn() {
  return waitFor(() => {
    if (!document.querySelector('main.dashboard') || document.querySelector('.shell-panel'))
      throw new Error('the panels are not all drawn yet')
  })
}

/** The first view on screen: the headline figure `figure` (the national total by default), then every panel. */
export async function dashboardDrawn(figure = '3295.3万') {
  await screen.findByText(figure, {}, { timeout: 3000 })
  await panelsDrawn()
}
