/**
 * Draws charts off screen at a fixed size for export, and hands back their <svg> once drawn. Each chart on the stage
 * says itself when it has drawn what it was given (charts/drawn.ts): Recharts lays its content out in effects, a
 * render or two after it mounts, so the stage waits for that word, not for an <svg> of the right width. A chart that
 * never says it has drawn fails the export after a while, instead of exporting a half-drawn picture.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { ChartDrawnContext, type ReportDrawn } from '../charts/drawn'

export interface StageItem {
  key: string
  node: ReactNode
  width: number
  height: number
}

export type DrawnCharts = Map<string, SVGSVGElement>

interface Job {
  items: StageItem[]
  resolve: (charts: DrawnCharts) => void
  reject: (error: unknown) => void
}

/** How long a chart may take to say it has drawn. */
export const DRAW_TIMEOUT_MS = 3_000

/**
 * The stage's bookkeeping, apart from React: one report per chart (the first; later renders change nothing), and the
 * answer once every chart has reported, or a failure after `timeoutMs`.
 */
export function drawnCollector(keys: readonly string[], timeoutMs = DRAW_TIMEOUT_MS) {
  const drawn: DrawnCharts = new Map()
  let settle: { resolve: (charts: DrawnCharts) => void; reject: (error: unknown) => void } | null = null
  const done = new Promise<DrawnCharts>((resolve, reject) => (settle = { resolve, reject }))
  const timer = setTimeout(() => {
    const missing = keys.filter((key) => !drawn.has(key))
    settle?.reject(new Error(`not drawn for export: ${missing.join(', ')}`))
    settle = null
  }, timeoutMs)
  const reporters = new Map<string, ReportDrawn>(
    keys.map((key) => [
      key,
      (surface) => {
        if (!settle || drawn.has(key)) return
        drawn.set(key, surface)
        if (keys.every((k) => drawn.has(k))) {
          clearTimeout(timer)
          settle.resolve(new Map(drawn))
          settle = null
        }
      },
    ]),
  )
  /** the callback the chart drawn under `key` reports to */
  const reporter = (key: string): ReportDrawn | null => reporters.get(key) ?? null
  return { done, reporter }
}

function Stage({ job }: { job: Job }) {
  const collector = useMemo(() => drawnCollector(job.items.map((item) => item.key)), [job])
  useEffect(() => {
    collector.done.then(job.resolve, job.reject)
  }, [collector, job])
  return (
    <div className="export-stage" aria-hidden="true">
      {job.items.map((item) => (
        <div key={item.key} style={{ width: item.width, height: item.height }}>
          <ChartDrawnContext.Provider value={collector.reporter(item.key)}>{item.node}</ChartDrawnContext.Provider>
        </div>
      ))}
    </div>
  )
}

/**
 * `stage` must be rendered by the caller; `draw(items)` puts the charts on it and resolves with their surfaces once
 * each has said it is drawn; `clear()` takes them off again.
 */
export function useExportStage() {
  const [job, setJob] = useState<Job | null>(null)
  const draw = useCallback(
    (items: StageItem[]) => new Promise<DrawnCharts>((resolve, reject) => setJob({ items, resolve, reject })),
    [],
  )
  const clear = useCallback(() => setJob(null), [])
  const stage = job ? createPortal(<Stage job={job} />, document.body) : null
  return { stage, draw, clear }
}
