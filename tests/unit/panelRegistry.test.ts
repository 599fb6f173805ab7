/**
 * The panel registry (panel/panelRegistry.ts), which the dashboard PNG waits on: `whenSettled` answers with every
 * panel's snapshot only once the condition holds for all of them together, keeps waiting through snapshots that do
 * not settle it, and answers null after its timeout rather than waiting for ever.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CardsSnapshot, PanelSnapshot } from '../../src/export/snapshot'
import type { View } from '../../src/lib/view'
import { PanelRegistry } from '../../src/panel/panelRegistry'

afterEach(() => {
  vi.useRealTimers()
})

const view = (region: string) => ({ region }) as unknown as View
const panel = (id: string, region: string, busy: boolean): CardsSnapshot => ({
  kind: 'cards',
  id,
  view: view(region),
  busy,
  title: id,
  message: null,
  cards: [],
  table: null,
})
const settledOn = (region: string) => (panels: PanelSnapshot[]) =>
  panels.length === 2 && panels.every((p) => !p.busy && p.view.region === region)

describe('PanelRegistry.whenSettled', () => {
  it('answers at once when every panel already shows the view', async () => {
    const registry = new PanelRegistry()
    registry.publish(panel('kpis', '530000', false))
    registry.publish(panel('trend', '530000', false))
    const panels = await registry.whenSettled(settledOn('530000'))
    expect(panels?.map((p) => p.id)).toEqual(['kpis', 'trend'])
  })

  it('waits until the last panel settles, through snapshots that do not settle it', async () => {
    const registry = new PanelRegistry()
    registry.publish(panel('kpis', '530000', false))
    registry.publish(panel('trend', '000000', false))
    let answer: PanelSnapshot[] | null | undefined
    void registry.whenSettled(settledOn('530000')).then((p) => (answer = p))
    registry.publish(panel('trend', '530000', true)) // the right view, still loading
    await Promise.resolve()
    expect(answer).toBeUndefined()
    registry.publish(panel('trend', '530000', false))
    await Promise.resolve()
    expect(answer?.find((p) => p.id === 'trend')).toMatchObject({ busy: false, view: { region: '530000' } })
  })

  it('answers with the snapshots of that moment, not later ones', async () => {
    const registry = new PanelRegistry()
    registry.publish(panel('kpis', '530000', false))
    const pending = registry.whenSettled(settledOn('530000'))
    registry.publish(panel('trend', '530000', false))
    registry.publish(panel('trend', '520000', false))
    expect((await pending)?.find((p) => p.id === 'trend')?.view.region).toBe('530000')
  })

  it('answers null after the timeout when the panels never settle, and stops listening', async () => {
    vi.useFakeTimers()
    const registry = new PanelRegistry()
    registry.publish(panel('kpis', '530000', true))
    const pending = registry.whenSettled(settledOn('530000'), 1_000)
    vi.advanceTimersByTime(1_000)
    expect(await pending).toBeNull()
    // a panel settling afterwards is no longer heard
    registry.publish(panel('kpis', '530000', false))
    registry.publish(panel('trend', '530000', false))
    expect(await pending).toBeNull()
  })

  it('forgets a panel that goes away', async () => {
    const registry = new PanelRegistry()
    registry.publish(panel('kpis', '530000', false))
    registry.publish(panel('trend', '530000', false))
    registry.publish(panel('gone', '530000', true))
    registry.remove('gone')
    expect((await registry.whenSettled(settledOn('530000')))?.map((p) => p.id)).toEqual(['kpis', 'trend'])
  })
})
