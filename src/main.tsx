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

/** At most this long the app's code waits for the headline figures to be written into the shell (see below). */
const BOOT_WAIT_CAP_MS = 400

// Read directly so a production build (mocks off) drops the import, and with it every byte of msw. The requests wait
// for the service worker; the app's code loads and renders meanwhile.
if (import.meta.env.VITE_API_MOCKING === 'true') {
  holdRequestsUntil(
    import('../mocks/browser').then(({ worker }) => worker.start({ onUnhandledRequest: 'bypass', quiet: true })),
  )
}

const queryClient = createQueryClient()
const written = prefetchFirstView(queryClient, window.location.search)
// The app's code holds the main thread for a while as it runs (about 150 ms on this 2-core machine, cold), and an
// answer that arrives meanwhile waits for it. So the first view's requests go first, and the headline figures are
// written into the page shell as soon as they answer (app/shellFigures.ts); then the app's code runs and takes the
// page over. A slow backend does not hold the app (its own loading states, its errors) for longer than the cap.
await Promise.race([written, new Promise((resolve) => setTimeout(resolve, BOOT_WAIT_CAP_MS))]).catch(() => undefined)
const { boot } = await import('./app/boot')
boot(queryClient)
