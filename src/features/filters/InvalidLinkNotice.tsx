import { useMessages } from '../../lib/i18n'
import type { ViewParam } from '../../lib/view'

/** Says which values of an invalid link were replaced by defaults, by parameter name only: nothing is echoed. */
export function InvalidLinkNotice({ params, onDismiss }: { params: ViewParam[]; onDismiss: () => void }) {
  const t = useMessages()
  const names: Record<ViewParam, string> = {
    lang: t.language,
    region: t.region,
    category: t.category,
    from: t.startMonth,
    to: t.endMonth,
    compare: t.compare,
    provinces: t.provincesView,
    with: t.compareRegions,
    axis: t.compareAxis,
  }
  return (
    <div className="notice" role="alert">
      <p>{t.invalidLink([...new Set(params)].map((p) => names[p]).join(t.listSeparator))}</p>
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  )
}
