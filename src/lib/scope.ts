/** What the signed-in user may see, joined to what the data holds: the one place the user's scope is read. */
import type { Me } from '../api/me'
import type { Meta } from '../api/meta'

export interface Scope {
  user: Me
  /** the regions of /meta the user may see, in /meta's order */
  regionIds: readonly string[]
  /** where the dashboard opens: the nation when it is in scope, else the user's (first) province */
  home: string
}

/** The user's scope over the data; null when none of the user's regions is one the data knows. */
export function scopeOf(meta: Meta, user: Me): Scope | null {
  const allowed = new Set(user.regions)
  const regionIds = meta.regions.map((r) => r.id).filter((id) => allowed.has(id))
  if (regionIds.length === 0) return null
  return { user, regionIds, home: regionIds.includes(meta.nationalId) ? meta.nationalId : regionIds[0] }
}
