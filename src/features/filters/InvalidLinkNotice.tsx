import { useMessages } from '../../lib/LangContext'
import type { ViewParam } from '../../lib/view'
import { messages } from './messages'

/**
 * Says which values of a link were replaced: invalid ones by parameter name only (nothing is echoed), and a region
 * the user may not see as a want of permission, naming what is shown instead.
 */
export function InvalidLinkNotice({
  invalid,
  forbidden,
  home,
  onDismiss,
}: {
  invalid: ViewParam[]
  forbidden: ViewParam[]
  /** the region shown instead of a forbidden one */
  home: string
  onDismiss: () => void
}) {
  const t = useMessages(messages)
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
      {forbidden.includes('region') ? <p>{t.noPermissionRegion(home)}</p> : null}
      {forbidden.includes('with') ? <p>{t.noPermissionCompare}</p> : null}
      {invalid.length > 0 ? (
        <p>{t.invalidLink([...new Set(invalid)].map((p) => names[p]).join(t.listSeparator))}</p>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  )
}
