/**
 * The entry, kept small so that it runs as soon as it arrives (it waits for nothing but the API client): it asks /me
 * and /meta at once, or starts the mock backend when this build has it; then it loads the prefetch, which starts the
 * headline figures' requests, and the app, whose code index.html already preloads. Before the app runs, index.html's
 * static shell is on screen; the app replaces it in place.
 */
import { ASKED_FIRST, askFirst, holdRequestsUntil } from './api/client'
import { localizeShell } from './app/shell'
import './app/styles.css'

localizeShell(window.location.search)

// Read directly so a production build (mocks off) drops the import, and with it every byte of msw. The requests wait
// for the service worker; the app's code loads and renders meanwhile.
if (import.meta.env.VITE_API_MOCKING === 'true') {
  holdRequestsUntil(
    import('../mocks/browser').then(({ worker }) => worker.start({ onUnhandledRequest: 'bypass', quiet: true })),
  )
} else {
  // Who is signed in and what the data holds: every view needs both first, so they need not wait for any code (and
  // index.html's preloads have already sent them: these take those answers).
  askFirst(ASKED_FIRST)
}

const { createQueryClient, prefetchFirstView } = await import('./app/prefetch')
const queryClient = createQueryClient()
void prefetchFirstView(queryClient, window.location.search).catch(() => undefined)
const { boot } = await import('./app/boot')
boot(queryClient)
