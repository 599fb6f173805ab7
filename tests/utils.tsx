/** Renders the whole app at a URL, with a fresh query client that does not retry, against the msw mock backend. */
import { render } from '@testing-library/react'
import { App } from '../src/app/App'
import { createQueryClient } from '../src/app/queryClient'

export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const queryClient = createQueryClient({ retry: false })
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}

/** The current query string as an object, for asserting on the URL. */
export function currentParams(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(window.location.search))
}
