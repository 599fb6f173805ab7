/**
 * The request behind the Targets panel, named once: the panel asks it, and the boot prefetch
 * (app/firstViewQueries.ts) starts it (the KPI cards' /targets, the same request), under the same query key by
 * construction.
 */
import { targetsQueries } from '../../api/targets'
import type { View } from '../../lib/view'

export function targetsPanelQuery(view: View) {
  return targetsQueries.one({ region: view.region, month: view.to })
}
