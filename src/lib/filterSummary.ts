/** Region, category, period and comparison in one line: the printed page's header and every export's filter line. */
import type { Meta } from '../api/meta'
import { formatMonthRange } from './format'
import { messages } from './messages'
import { categoryName, regionName } from './names'
import type { View } from './view'

export function filterSummary(meta: Meta, view: View): string {
  const { lang } = view
  const t = messages[lang]
  return t.exportFilters({
    region: regionName(meta, view.region, lang),
    category: categoryName(meta, view.category, lang),
    period: formatMonthRange(view.from, view.to, lang),
    compare: view.compare === 'mom' ? t.compareMom : t.compareYoy,
  })
}
