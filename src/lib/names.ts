/** Names of regions and categories, as the backend gives them, in the view's language. */
import type { CategoryId } from '../api/common'
import type { Meta } from '../api/meta'
import type { Lang } from './format'

export function regionName(meta: Meta, id: string, lang: Lang): string {
  return meta.regions.find((r) => r.id === id)?.name[lang] ?? id
}

export function categoryOf(meta: Meta, id: CategoryId) {
  return meta.categories.find((c) => c.id === id)
}

export function categoryName(meta: Meta, id: CategoryId, lang: Lang): string {
  return categoryOf(meta, id)?.name[lang] ?? id
}

/** Whether a region reports a category (key counties lie in 10 western provinces only, for example). */
export function covers(meta: Meta, category: CategoryId, region: string): boolean {
  return categoryOf(meta, category)?.coverage.includes(region) ?? false
}

/**
 * A region as a sentence needs it: whether it is the whole country (全国 / "nationwide", never "in National") and
 * its name in the language (云南 / "Yunnan").
 */
export interface Place {
  national: boolean
  name: string
}

export function placeOf(meta: Meta, id: string, lang: Lang): Place {
  return { national: id === meta.nationalId, name: regionName(meta, id, lang) }
}

/** The regions a user may see, as the masthead names them: the nation's name when it is in scope, else the list. */
export function scopeLabel(
  meta: Meta,
  scope: { regionIds: readonly string[] },
  lang: Lang,
  /** the language's list separator (messages' listSeparator) */
  separator: string,
): string {
  if (scope.regionIds.includes(meta.nationalId)) return regionName(meta, meta.nationalId, lang)
  return scope.regionIds.map((id) => regionName(meta, id, lang)).join(separator)
}
