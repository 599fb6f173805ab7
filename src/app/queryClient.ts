import { QueryClient } from '@tanstack/react-query'
import { classifyError } from '../api/client'

const MAX_RETRIES = 2

/** The one query client factory, for the app and for every test (tests pass `retry: false`). */
export function createQueryClient(options: { retry?: boolean } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        // Always ask: when the browser believes it is offline (often wrongly, on office networks), a panel says the
        // network is unreachable, with a retry, instead of waiting silently for a connection event.
        networkMode: 'always',
        refetchOnWindowFocus: false,
        // A request that failed is not asked again because a panel mounts: the boot prefetch (prefetch.ts) asks the
        // first view's requests before the panels exist, and a 4xx or a malformed answer must not be asked twice.
        // The panel shows the failure with its retry; a change of view asks afresh as always.
        retryOnMount: false,
        retry:
          options.retry === false
            ? false
            : (failureCount, error) => failureCount < MAX_RETRIES && classifyError(error).retryable,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  })
}
