import { startTransition, useCallback, useEffect, useState } from 'react'
import { loadPanels } from './loadPanels'

/**
 * How long the panels wait for the headline figures before they are drawn without them: a backend slow to answer
 * the figures' requests must not keep the panels whose answers are there (or which say they are still waiting) off
 * the page. Well under the panels' own "still waiting" (SLOW_MS), which counts from when a panel is drawn.
 */
export const REVEAL_GRACE_MS = 2_000

/**
 * Runs `then` in a task after the next frame is painted (a frame's callbacks run before its paint), or after 100 ms
 * if no frame comes (a page in a background tab draws none). Returns its cancellation.
 */
function afterPaint(then: () => void): () => void {
  const timers = [setTimeout(then, 100)]
  const frame = requestAnimationFrame(() => {
    clearTimeout(timers[0])
    timers.push(setTimeout(then, 0))
  })
  return () => {
    cancelAnimationFrame(frame)
    timers.forEach(clearTimeout)
  }
}

/**
 * How many of the page's `count` panels are drawn, in the page's order: none until the headline figures are on
 * screen (`headlineShown`, called by the KPI cards once they show figures or why they cannot) or REVEAL_GRACE_MS
 * have passed, and until the panels' code is there; then one more after each frame, each in a transition of its own.
 *
 * Why: when the first view's answers arrive, TanStack Query tells every component that asked for them at once, and
 * React renders those updates in one synchronous task. With the panels already on the page, the KPI cards and every
 * chart's first layout were one task of 300–600 ms (issue 25). A panel drawn afterwards, in a transition, renders
 * in slices from data already in the cache; its requests do not wait for it (the boot prefetch has sent them).
 * Once every panel is drawn they stay drawn: a filter change renders them as it always has.
 */
export function useStagedReveal(count: number): { revealed: number; headlineShown: () => void } {
  const [started, setStarted] = useState(false)
  const [codeReady, setCodeReady] = useState(false)
  const [revealed, setRevealed] = useState(0)
  const headlineShown = useCallback(() => setStarted(true), [])

  useEffect(() => {
    const timer = setTimeout(headlineShown, REVEAL_GRACE_MS)
    // A chunk that fails to load is left to the panels' own Suspense and error boundary, which say so with a retry.
    const ready = () => setCodeReady(true)
    void loadPanels().then(ready, ready)
    return () => clearTimeout(timer)
  }, [headlineShown])

  useEffect(() => {
    if (!started || !codeReady || revealed >= count) return
    return afterPaint(() => startTransition(() => setRevealed((n) => Math.min(count, n + 1))))
  }, [started, codeReady, revealed, count])

  return { revealed, headlineShown }
}
