/** What the dashboard hands every panel and the filter bar: the data's description, the view, and a way to change it. */
import type { Meta } from '../api/meta'
import type { Scope } from './scope'
import type { View, ViewOptions } from './view'

export interface ViewProps {
  meta: Meta
  /** what the signed-in user may see */
  scope: Scope
  view: View
  /** changes what the patch names, keeping every other filter as the address has it now */
  setView: (patch: Partial<View>) => void
}

/** What the data offers for a view (/meta), within the user's scope. */
export function viewOptions(meta: Meta, scope: Scope): ViewOptions {
  return {
    nationalId: meta.nationalId,
    home: scope.home,
    regionIds: scope.regionIds,
    knownRegionIds: meta.regions.map((r) => r.id),
    categoryIds: meta.categories.map((c) => c.id),
    months: meta.months,
    asOf: meta.asOf,
  }
}
