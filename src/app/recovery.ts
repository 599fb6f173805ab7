/**
 * When the backend comes back, every panel that failed because it was away (the network, a server error, a timeout)
 * shows its numbers again by itself, without a storm of requests:
 *
 * - while any shown request has failed that way, one of them (never all) is asked again after 15 s, then 30 s, 1, 2
 *   and 5 minutes, and at once when the browser says it is back online;
 * - the first answer that arrives (that probe, a panel's 重试, or a new view's data) proves the backend is back: every
 *   other shown request that failed that way is asked again, once (at most one such sweep every few seconds).
 *
 * A 4xx, a malformed answer or a sign-in page is not asked again by itself: it would fail the same way. Each panel
 * keeps its own 重试 (panel/usePanelState.ts), which asks every request of that panel that failed.
 */
import type { Query, QueryClient } from '@tanstack/react-query'
import { classifyError } from '../api/client'

export const PROBE_DELAYS_MS = [15_000, 30_000, 60_000, 120_000, 300_000] as const
/** The shortest time between two sweeps: a backend that comes and goes gets each failed request asked once per gap. */
export const SWEEP_GAP_MS = 5_000

/** A request shown on the page, not being asked, whose last try failed in a way the backend's return would mend. */
function waitsForBackend(query: Query): boolean {
  return (
    query.isActive() &&
    query.state.status === 'error' &&
    query.state.fetchStatus === 'idle' &&
    classifyError(query.state.error).transient
  )
}

export function watchRecovery(
  client: QueryClient,
  {
    probeDelays = PROBE_DELAYS_MS,
    sweepGap = SWEEP_GAP_MS,
  }: { probeDelays?: readonly number[]; sweepGap?: number } = {},
): () => void {
  const cache = client.getQueryCache()
  const waiting = () => cache.getAll().filter(waitsForBackend)
  let probeTimer: ReturnType<typeof setTimeout> | undefined
  let probes = 0
  let lastSweep = -Infinity

  const cancelProbe = () => {
    clearTimeout(probeTimer)
    probeTimer = undefined
  }
  const probe = () => {
    cancelProbe()
    const [first] = waiting()
    if (!first) {
      probes = 0
      return
    }
    probes += 1
    // Its answer, or its failure, comes back through the subscription below.
    void client.refetchQueries({ queryKey: first.queryKey, exact: true, type: 'active' })
  }
  const scheduleProbe = () => {
    if (probeTimer !== undefined) return
    probeTimer = setTimeout(probe, probeDelays[Math.min(probes, probeDelays.length - 1)])
  }
  let sweepTimer: ReturnType<typeof setTimeout> | undefined
  const sweep = () => {
    sweepTimer = undefined
    lastSweep = performance.now()
    const failed = new Set(waiting())
    if (failed.size > 0) void client.refetchQueries({ type: 'active', predicate: (q) => failed.has(q) })
  }
  /** A sweep now, or when the gap since the last one has passed; one at a time. */
  const requestSweep = () => {
    if (sweepTimer !== undefined) return
    sweepTimer = setTimeout(sweep, Math.max(0, lastSweep + sweepGap - performance.now()))
  }

  const unsubscribe = cache.subscribe((event) => {
    if (event.type !== 'updated') return
    const { action } = event
    if (action.type === 'success' && !action.manual) {
      // The backend answers: no need to probe; ask again what failed while it was away.
      probes = 0
      cancelProbe()
      if (waiting().length > 0) requestSweep()
    } else if (action.type === 'error' && classifyError(action.error).transient) {
      scheduleProbe()
    }
  })
  const online = () => {
    if (waiting().length > 0) probe()
  }
  globalThis.addEventListener?.('online', online)
  return () => {
    unsubscribe()
    cancelProbe()
    clearTimeout(sweepTimer)
    globalThis.removeEventListener?.('online', online)
  }
}
