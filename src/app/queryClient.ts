import { QueryClient } from '@tanstack/react-query'
import { ApiError, classifyError, timeoutMs } from '../api/client'

const MAX_RETRIES = 2

/**
 * The promised wait (VITE_API_TIMEOUT_MS, 15 s) is what a person waits at most, so a failure is asked again only when
 * its try failed fast, within a tenth of it: then the three tries and the 1 s and 2 s between them take 7.5 s at most.
 * A timeout has used the whole wait and is never asked again by itself (a hung backend answers no sooner the second
 * time), nor is a failure that took seconds to come: the panel says so at once, with its retry.
 */
const FAST_FAILURE_SHARE = 0.1

export function retryAtOnce(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !classifyError(error).retryable) return false
  const elapsed = error instanceof ApiError ? error.elapsedMs : undefined
  return elapsed === undefined || elapsed <= timeoutMs() * FAST_FAILURE_SHARE
}

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
        retry: options.retry === false ? false : retryAtOnce,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  })
}
