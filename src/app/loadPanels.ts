import { lazy, type ComponentType } from 'react'
import type { ViewProps } from '../lib/viewProps'

type PanelsModule = typeof import('./panels')

let loading: Promise<PanelsModule> | undefined

/**
 * The panels' chunk, requested once. boot.tsx starts it as the app starts, not when the dashboard first asks for a
 * panel, so it downloads while the headline figures' data is on its way; it is not preloaded from index.html, where
 * it would share a slow link with the code the headline figures need.
 */
export function loadPanels(): Promise<PanelsModule> {
  loading ??= import('./panels').catch((error: unknown) => {
    loading = undefined // a later render may try again
    throw error
  })
  return loading
}

/** A panel of that chunk as a component that suspends until the chunk is there. */
export function lazyPanel(name: keyof PanelsModule): ComponentType<ViewProps> {
  return lazy(() => loadPanels().then((panels) => ({ default: panels[name] })))
}
