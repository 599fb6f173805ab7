/**
 * How a chart says it has drawn what it was given: the export stage (export/useExportStage.tsx) provides a callback
 * around each chart it draws off screen, and the chart calls it with its <svg> once the picture of its props is in
 * the document. Recharts draws its content over several commits after it mounts (it registers axes, series and
 * layers in effects, then draws them), so neither "the <svg> is there at its width" nor "the axes are known" proves
 * the picture complete: each chart says which marks its props call for (every series, band, bar, tick and label),
 * and it is drawn when its surface holds them all. On screen there is no stage, and nothing is checked.
 */
import { createContext, useContext, useLayoutEffect, type RefObject } from 'react'

export type ReportDrawn = (surface: SVGSVGElement) => void

export const ChartDrawnContext = createContext<ReportDrawn | null>(null)

/** How many of each mark a drawn chart holds: a CSS selector, and the count its props call for. */
export type ExpectedMarks = readonly (readonly [selector: string, count: number])[]

/** Whether the surface holds (at least) the marks expected. */
export function holdsMarks(surface: ParentNode, expected: ExpectedMarks): boolean {
  return expected.every(([selector, count]) => surface.querySelectorAll(selector).length >= count)
}

/**
 * Reports the chart's surface (the <svg> that holds `ref`, or `ref` itself) once it holds the `expected` marks: at
 * once if it already does, else when a change to it completes them (watched, not polled). Nothing on screen.
 */
export function useReportDrawn(ref: RefObject<SVGElement | null>, expected: ExpectedMarks | null) {
  const report = useContext(ChartDrawnContext)
  const key = expected ? JSON.stringify(expected) : null
  useLayoutEffect(() => {
    const element = ref.current
    if (!report || !element || key === null) return
    const marks = JSON.parse(key) as ExpectedMarks
    const surface = element.ownerSVGElement ?? (element as SVGSVGElement)
    if (holdsMarks(surface, marks)) {
      report(surface)
      return
    }
    const observer = new MutationObserver(() => {
      if (!holdsMarks(surface, marks)) return
      observer.disconnect()
      report(surface)
    })
    observer.observe(surface, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [report, ref, key])
}
