import { useEffect, useMemo, useState } from 'react'
import type { View } from '../lib/view'

/** What a panel needs to know of each query it waits for. */
export interface PanelQuery {
  isError: boolean
  error: unknown
  dataUpdatedAt: number
  refetch: () => unknown
}

export interface PanelState<T> {
  /**
   * What the panel shows: this view's data, or while it loads the last view's data, with the view that data belongs
   * to (in the current language: language never waits for data). Title, summary, chart and exports are all built
   * from this one pair, so they cannot disagree.
   */
  shown: { data: T; view: View } | undefined
  /** the view the panel is about: the shown data's, or the current one while nothing is shown */
  view: View
  /** nothing to show yet */
  loading: boolean
  /** showing the last view's data, marked busy, while this view's loads */
  updating: boolean
  /** a load failed with nothing of this view to show: the error replaces the panel, and the kept view is forgotten */
  error: { error: unknown; retry: () => void } | null
  /** a refresh failed while this view's data is shown: the data stays, marked stale with its time */
  stale: { error: unknown; updatedAt: number; retry: () => void } | null
  /** loading or updating for longer than SLOW_MS, so the panel says it is still waiting */
  slow: boolean
}

/**
 * After this long without an answer a panel (or the page, while /me and /meta are asked) says it is still waiting:
 * well before the request times out (15 s), so that a hung backend is never a grey page without a word.
 */
export const SLOW_MS = 4_000

/** Whether a wait has lasted SLOW_MS; a new wait starts afresh (a timer of one wait never marks the next). */
export function useStillWaiting(waiting: boolean): boolean {
  // A token per wait, so that a timer set during one wait never marks the next one slow.
  const wait = useMemo(() => (waiting ? {} : null), [waiting])
  const [slowWait, setSlowWait] = useState<object | null>(null)
  useEffect(() => {
    if (!wait) return
    const timer = setTimeout(() => setSlowWait(wait), SLOW_MS)
    return () => clearTimeout(timer)
  }, [wait])
  return wait !== null && slowWait === wait
}

/**
 * The one way a panel loads, fails and updates. `data` is the panel's data for `view`, or undefined until every
 * query has answered for it; memoize it, since a new identity means new data.
 */
export function usePanelState<T>(queries: readonly PanelQuery[], data: T | undefined, view: View): PanelState<T> {
  const failed = queries.find((q) => q.isError)
  const [kept, setKept] = useState(() => (data === undefined ? undefined : { data, view }))
  let next = kept
  if (data !== undefined) {
    if (kept?.data !== data || kept.view !== view) next = { data, view }
  } else if (failed) {
    next = undefined
  }
  if (next !== kept) setKept(next)

  const lang = view.lang
  const shown = useMemo(
    () => (next && next.view.lang !== lang ? { data: next.data, view: { ...next.view, lang } } : next),
    [next, lang],
  )
  const updating = data === undefined && next !== undefined
  // The panel's retry asks again every request of the panel that failed, not only the one whose error it shows.
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch()
  }
  const error = data === undefined && failed ? { error: failed.error, retry } : null
  const stale = data !== undefined && failed ? { error: failed.error, updatedAt: failed.dataUpdatedAt, retry } : null
  const waiting = data === undefined && !failed
  const slow = useStillWaiting(waiting)

  return {
    shown,
    view: shown?.view ?? view,
    loading: waiting && !updating,
    updating,
    error,
    stale,
    slow,
  }
}
