/**
 * When the backend comes back (app/recovery.ts, issue 29 item 23): the requests shown on the page that failed because
 * it was away are asked again by themselves, one probe at a time while it is away, all of them once when it answers;
 * a request that failed for another reason is left to its panel's 重试.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../src/api/client'
import { watchRecovery } from '../../src/app/recovery'

/** A backend that is away (network failures) until `back` is set, counting what it is asked. */
function backend() {
  const state = { back: false, asked: {} as Record<string, number> }
  const ask = (name: string) => async () => {
    state.asked[name] = (state.asked[name] ?? 0) + 1
    if (!state.back) throw new ApiError('network', `GET /${name} failed`, { elapsedMs: 5 })
    return name
  }
  return { state, ask }
}

/** A query shown on a page: an observer subscribed to it. */
function shown(client: QueryClient, name: string, queryFn: () => Promise<string>) {
  const observer = new QueryObserver(client, { queryKey: [name], queryFn, retry: false })
  const unsubscribe = observer.subscribe(() => {})
  return { observer, unsubscribe }
}

const settle = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms)
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('watchRecovery', () => {
  it('probes one failed request at a time while the backend is away, then asks every other once it answers', async () => {
    const client = new QueryClient()
    const stop = watchRecovery(client, { probeDelays: [1000, 2000], sweepGap: 500 })
    const { state, ask } = backend()
    const pages = ['regions', 'channels', 'targets'].map((name) => shown(client, name, ask(name)))
    await settle()
    expect(state.asked).toEqual({ regions: 1, channels: 1, targets: 1 })

    await settle(1000) // the first probe: one request, not three
    expect(Object.values(state.asked).reduce((a, b) => a + b)).toBe(4)
    await settle(2000) // the second, later
    expect(Object.values(state.asked).reduce((a, b) => a + b)).toBe(5)

    state.back = true
    await settle(2000) // the next probe answers; the sweep asks the two others, once each
    await settle(500)
    expect(Object.values(state.asked).reduce((a, b) => a + b)).toBe(8)
    for (const { observer } of pages) expect(observer.getCurrentResult().status).toBe('success')
    await settle(10_000) // and nothing more is asked: all is mended
    expect(Object.values(state.asked).reduce((a, b) => a + b)).toBe(8)
    stop()
    pages.forEach((p) => p.unsubscribe())
  })

  it('an answer to anything else (a panel’s 重试, a new view) mends the others at once', async () => {
    const client = new QueryClient()
    const stop = watchRecovery(client, { probeDelays: [60_000], sweepGap: 0 })
    const { state, ask } = backend()
    const pages = ['regions', 'channels'].map((name) => shown(client, name, ask(name)))
    await settle()
    state.back = true
    shown(client, 'series', ask('series'))
    await settle()
    await settle()
    expect(state.asked).toEqual({ regions: 2, channels: 2, series: 1 })
    for (const { observer } of pages) expect(observer.getCurrentResult().status).toBe('success')
    stop()
  })

  it('leaves alone a request that failed for another reason, and one no longer shown', async () => {
    const client = new QueryClient()
    const stop = watchRecovery(client, { probeDelays: [1000], sweepGap: 0 })
    let malformed = 0
    shown(client, 'malformed', async () => {
      malformed += 1
      throw new ApiError('format', 'GET /x: unexpected data')
    })
    const { state, ask } = backend()
    const gone = shown(client, 'gone', ask('gone'))
    await settle()
    gone.unsubscribe()
    await settle(5000)
    expect(malformed).toBe(1)
    expect(state.asked).toEqual({ gone: 1 })
    stop()
  })

  it('stops when the page goes', async () => {
    const client = new QueryClient()
    const stop = watchRecovery(client, { probeDelays: [1000] })
    const { state, ask } = backend()
    shown(client, 'regions', ask('regions'))
    await settle()
    stop()
    await settle(5000)
    expect(state.asked).toEqual({ regions: 1 })
  })
})
