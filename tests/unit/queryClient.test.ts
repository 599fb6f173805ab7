/**
 * The retry policy (app/queryClient.ts): the promised timeout is what a person waits at most (issue 29, item 20). A
 * timeout is never asked again by itself; a failure is asked again, twice at most, only when its try failed fast.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../src/api/client'
import { createQueryClient, retryAtOnce } from '../../src/app/queryClient'

const failed = (kind: 'network' | 'timeout' | 'http' | 'format', elapsedMs: number, status?: number) =>
  new ApiError(kind, 'GET /series failed', { elapsedMs, status })

afterEach(() => vi.unstubAllEnvs())

describe('retryAtOnce', () => {
  it('never asks a timeout again: it has used the whole wait', () => {
    expect(retryAtOnce(0, failed('timeout', 15_000))).toBe(false)
  })

  it('asks a network failure or a server error again when it failed fast, twice at most', () => {
    for (const error of [failed('network', 30), failed('http', 200, 503)]) {
      expect(retryAtOnce(0, error)).toBe(true)
      expect(retryAtOnce(1, error)).toBe(true)
      expect(retryAtOnce(2, error)).toBe(false)
    }
  })

  it('does not ask again a failure that took more than a tenth of the timeout', () => {
    expect(retryAtOnce(0, failed('http', 1_400, 502))).toBe(true)
    expect(retryAtOnce(0, failed('http', 1_600, 502))).toBe(false)
    vi.stubEnv('VITE_API_TIMEOUT_MS', '60000')
    expect(retryAtOnce(0, failed('http', 5_000, 502))).toBe(true)
  })

  it('never asks again a 4xx or a malformed answer', () => {
    expect(retryAtOnce(0, failed('http', 10, 404))).toBe(false)
    expect(retryAtOnce(0, failed('format', 10, 200))).toBe(false)
  })

  it('is the query client’s policy', async () => {
    const client = createQueryClient()
    let tries = 0
    const started = performance.now()
    await client
      .fetchQuery({
        queryKey: ['hung'],
        queryFn: () => {
          tries += 1
          throw failed('timeout', 15_000)
        },
      })
      .catch(() => undefined)
    expect(tries).toBe(1)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
