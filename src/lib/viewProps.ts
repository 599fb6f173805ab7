/** What the dashboard hands every panel and the filter bar: the data's description, the view, and a way to change it. */
import type { Meta } from '../api/meta'
import type { View, ViewOptions } from './view'

export interface ViewProps {
  meta: Meta
  view: View
  /** changes what the patch names, keeping every other filter as the address has it now */
  setView: (patch: Partial<View>) => void
}

/** What the data offers for a view, from /meta. */
export function viewOptions(meta: Meta): ViewOptions {
  return {
    nationalId: meta.nationalId,
    regionIds: meta.regions.map((r) => r.id),
    categoryIds: meta.categories.map((c) => c.id),
    months: meta.months,
    asOf: meta.asOf,
  }
}
