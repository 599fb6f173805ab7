import { lazy, useState, type ComponentType } from 'react'
import type { ViewProps } from '../lib/viewProps'

type PanelsModule = typeof import('./panels')

let loading: Promise<PanelsModule> | undefined
let loaded: PanelsModule | undefined

/**
 * The panels' chunk, requested once. boot.tsx starts it as the app starts, not when the dashboard first asks for a
 * panel, so it downloads while the headline figures' data is on its way; it is not preloaded from index.html, where
 * it would share a slow link with the code the headline figures need.
 */
export function loadPanels(): Promise<PanelsModule> {
  loading ??= import('./panels').then(
    (panels) => (loaded = panels),
    (error: unknown) => {
      loading = undefined // a later render may try again
      throw error
    },
  )
  return loading
}

/**
 * A panel of that chunk as a component: the panel itself when the chunk is already there (no suspending, so no
 * fallback shown for a frame and no reveal delayed by React's suspense throttling), else one that suspends until it
 * is. Each mounted panel keeps the one it started with, so the chunk arriving never remounts it.
 */
export function lazyPanel(name: keyof PanelsModule): ComponentType<ViewProps> {
  const Lazy = lazy(() => loadPanels().then((panels) => ({ default: panels[name] })))
  function Panel(props: ViewProps) {
    const [Component] = useState<ComponentType<ViewProps>>(() => loaded?.[name] ?? Lazy)
    return <Component {...props} />
  }
  Panel.displayName = `Lazy(${name})`
  return Panel
}
