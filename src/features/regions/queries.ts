/**
 * The requests behind the Regions panel, named once: the panel asks them, and the boot prefetch
 * (app/firstViewQueries.ts) starts the one its tab needs as soon as /me and /meta have answered, under the same
 * query keys by construction. Kept apart from the panel's code, so the entry reaches it without the panels' chunk.
 */
import type { Meta } from '../../api/meta'
import { regionsQueries } from '../../api/regions'
import { regionsSeriesQueries } from '../../api/regionsSeries'
import type { Scope } from '../../lib/scope'
import type { View } from '../../lib/view'

/** The provinces the user may see (an answer naming another is refused). */
export function scopeProvinces(meta: Meta, scope: Scope): string[] {
  return scope.regionIds.filter((id) => id !== meta.nationalId)
}

export function regionsPanelQueries(meta: Meta, view: View, provinces: readonly string[]) {
  return {
    /** the ranking's and the tile map's list of provinces for the end month */
    regions: regionsQueries.one({ category: view.category, month: view.to, provinces }),
    /** every province's series, for the small multiples */
    series: regionsSeriesQueries.history({
      category: view.category,
      firstMonth: meta.months[0],
      to: view.to,
      provinces,
    }),
    /** the small multiples ask the series, the other tabs the list */
    trends: view.provinces === 'trends',
  }
}

/** What the Regions panel asks for a view, as the panel asks it (the boot prefetch starts it). */
export function regionsFirstView(meta: Meta, scope: Scope, view: View) {
  const q = regionsPanelQueries(meta, view, scopeProvinces(meta, scope))
  return q.trends ? [q.series] : [q.regions]
}
