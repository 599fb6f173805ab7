/**
 * Draws charts off screen at a fixed size for export, and hands back their <svg> once drawn: a promise that settles
 * when the chart is on the stage at its width (watched with a MutationObserver, not by polling frames), or fails
 * after a while if it never is.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

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

/** A chart's own surface: the one <svg> its container holds at the top of its tree (legends are drawn apart). */
export function chartSurface(container: Element): SVGSVGElement | null {
  return container.querySelector('svg')
}

/** Resolves with the chart's <svg> once it is drawn at `width` CSS pixels inside `container`. */
export function whenDrawn(container: HTMLElement, width: number, timeoutMs = 3_000): Promise<SVGSVGElement> {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => check())
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('the chart was not drawn for export'))
    }, timeoutMs)
    function check() {
      const svg = chartSurface(container)
      if (!svg || Math.round(svg.getBoundingClientRect().width) !== width) return
      observer.disconnect()
      clearTimeout(timer)
      // One task later, so that renders React queued while drawing (a chart measuring itself) have run.
      setTimeout(() => {
        const drawn = chartSurface(container)
        if (drawn) resolve(drawn)
        else reject(new Error('the chart went away while it was exported'))
      }, 0)
    }
    observer.observe(container, { childList: true, subtree: true, attributes: true })
    check()
  })
}

function Stage({ job }: { job: Job }) {
  const boxes = useRef(new Map<string, HTMLDivElement>())
  useEffect(() => {
    Promise.all(
      job.items.map(async (item) => {
        const box = boxes.current.get(item.key)
        if (!box) throw new Error('the export stage was not mounted')
        return [item.key, await whenDrawn(box, item.width)] as const
      }),
    ).then((drawn) => job.resolve(new Map(drawn)), job.reject)
  }, [job])
  return (
    <div className="export-stage" aria-hidden="true">
      {job.items.map((item) => (
        <div
          key={item.key}
          ref={(box) => {
            if (box) boxes.current.set(item.key, box)
            else boxes.current.delete(item.key)
          }}
          style={{ width: item.width, height: item.height }}
        >
          {item.node}
        </div>
      ))}
    </div>
  )
}

/**
 * `stage` must be rendered by the caller; `draw(items)` puts the charts on it and resolves with their surfaces;
 * `clear()` takes them off again.
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
