import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/client'

/** Server errors and network failures may pass; a 4xx or a malformed body will not change on retry. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500)
}

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
        retry:
          options.retry === false ? false : (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  })
}
