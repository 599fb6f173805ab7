import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The element's content size, read before the first paint (so a chart draws in its first frame, with no empty
 * frame and no layout shift) and kept up to date as the element is resized.
 */
export function useSize<T extends HTMLElement>(): [RefObject<T | null>, { width: number; height: number }] {
  const ref = useRef<T>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (width: number, height: number) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    update(element.clientWidth, element.clientHeight)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) =>
      update(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height)),
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size]
}
