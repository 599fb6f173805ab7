import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The element's content size, read before the first paint and kept up to date as the element is resized. The
 * element keeps its size in CSS, so nothing moves when the chart is drawn into it. The first size is set in a
 * transition: the chart's first drawing (Recharts' layout, the heaviest render of the page) is rendered in slices
 * after this commit, rather than synchronously inside it, where it made one long task of the panel's mount.
 */
export function useSize<T extends HTMLElement>(): [RefObject<T | null>, { width: number; height: number }] {
  const ref = useRef<T>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (width: number, height: number) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    const [width, height] = [element.clientWidth, element.clientHeight]
    startTransition(() => update(width, height))
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) =>
      update(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height)),
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size]
}
