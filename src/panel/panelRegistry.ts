/**
 * What each panel on the page shows, as data, for the dashboard PNG: the KPI cards and every chart publish what they
 * show (title, summary, the chart to draw, legend, or the message they show instead) and whether they are busy. The
 * dashboard export composes its picture from these, never from the page's markup.
 */
import { createContext, useContext, useEffect } from 'react'
import type { PanelSnapshot } from '../export/snapshot'
import { sameViewExcept, type View } from '../lib/view'

export class PanelRegistry {
  private readonly panels = new Map<string, PanelSnapshot>()
  private readonly listeners = new Set<() => void>()

  publish(snapshot: PanelSnapshot) {
    this.panels.set(snapshot.id, snapshot)
    this.listeners.forEach((listener) => listener())
  }

  remove(id: string) {
    this.panels.delete(id)
    this.listeners.forEach((listener) => listener())
  }

  get(id: string): PanelSnapshot | undefined {
    return this.panels.get(id)
  }

  /**
   * Every panel's snapshot once `settled` holds for all of them (none busy, all about the view the page shows), or
   * null if that takes longer than `timeoutMs` (a request and its retries can take a minute).
   */
  whenSettled(settled: (panels: PanelSnapshot[]) => boolean, timeoutMs = 60_000): Promise<PanelSnapshot[] | null> {
    return new Promise((resolve) => {
      const check = () => {
        const panels = [...this.panels.values()]
        if (!settled(panels)) return
        finish()
        resolve(panels)
      }
      const timer = setTimeout(() => {
        finish()
        resolve(null)
      }, timeoutMs)
      const finish = () => {
        clearTimeout(timer)
        this.listeners.delete(check)
      }
      this.listeners.add(check)
      check()
    })
  }

  /**
   * Every panel's snapshot once all of them show `view()` (the page's view as it is then: it may change meanwhile)
   * and none is busy, or null after `timeoutMs`: what an export of the whole page waits for.
   */
  whenShowing(view: () => View, timeoutMs?: number): Promise<PanelSnapshot[] | null> {
    return this.whenSettled(
      (all) => all.every((panel) => !panel.busy && sameViewExcept(panel.view, view(), [])),
      timeoutMs,
    )
  }
}

export const PanelRegistryContext = createContext<PanelRegistry | null>(null)

/** Publishes what a panel shows whenever it changes (memoize the snapshot), and withdraws it when the panel goes. */
export function usePublishPanel(snapshot: PanelSnapshot) {
  const registry = useContext(PanelRegistryContext)
  useEffect(() => {
    registry?.publish(snapshot)
  }, [registry, snapshot])
  const { id } = snapshot
  useEffect(() => () => registry?.remove(id), [registry, id])
}
