/**
 * Boot, kept small so that it runs as soon as it arrives: it starts the mock backend when this build has it, starts
 * the first view's requests, and only then imports the app (whose code index.html already preloads). Before it runs,
 * index.html's static shell is on screen; the app replaces it in place.
 */
import { holdRequestsUntil } from './api/client'
import { prefetchFirstView } from './app/prefetch'
import { createQueryClient } from './app/queryClient'
import { localizeShell } from './app/shell'
import './app/styles.css'

localizeShell(window.location.search)

// Read directly so a production build (mocks off) drops the import, and with it every byte of msw. The requests wait
// for the service worker; the app's code loads and renders meanwhile.
if (import.meta.env.VITE_API_MOCKING === 'true') {
  holdRequestsUntil(
    import('../mocks/browser').then(({ worker }) => worker.start({ onUnhandledRequest: 'bypass', quiet: true })),
  )
}

const queryClient = createQueryClient()
void prefetchFirstView(queryClient, window.location.search).catch(() => undefined)
const { boot } = await import('./app/boot')
boot(queryClient)
