/**
 * The requests behind the KPI cards, named once: the cards ask them, and the boot prefetch (app/prefetch.ts) starts
 * them before React renders, so the two share their query keys by construction. Kept apart from the cards' code so
 * the prefetch pulls in no more than the API layer.
 */
import type { Meta } from '../../api/meta'
import { monitoringQueries } from '../../api/monitoring'
import { seriesQueries } from '../../api/series'
import { targetsQueries } from '../../api/targets'
import { covers } from '../../lib/names'
import type { Scope } from '../../lib/scope'
import type { View } from '../../lib/view'

export function kpiQueries(meta: Meta, scope: Scope, view: View) {
  return {
    targets: targetsQueries.one({ region: view.region, month: view.to }),
    /** the streak's series (the trend draws the same one): asked only where the region reports the category */
    history: seriesQueries.history({
      region: view.region,
      category: view.category,
      firstMonth: meta.months[0],
      to: view.to,
    }),
    historyCovered: covers(meta, view.category, view.region),
    /** a province's high-severity attention signals mark its cards (the attention panel asks the same) */
    monitoring: monitoringQueries.endMonth(view, scope),
  }
}
