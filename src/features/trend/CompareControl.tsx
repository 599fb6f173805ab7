/**
 * 对比地区 / Compare regions: adds up to MAX_COMPARED regions (provinces or 全国) to the trend, each removable, and
 * chooses the axis that makes them comparable while any is added. Everything it sets is in the URL.
 */
import { formatMonth } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { covers, regionName } from '../../lib/names'
import { COMPARE_AXES, MAX_COMPARED, type CompareAxis, type View } from '../../lib/view'
import type { ViewProps } from '../../lib/viewProps'
import { messages } from './messages'

export function CompareControl({ meta, scope, view, setView }: Omit<ViewProps, 'view'> & { view: View }) {
  const t = useMessages(messages)
  const { lang } = view
  // Only regions the user may see can be added.
  const candidates = meta.regions.filter(
    (r) => scope.regionIds.includes(r.id) && r.id !== view.region && !view.with.includes(r.id),
  )
  const full = view.with.length >= MAX_COMPARED
  // Nothing to compare with (a user who may see one region): no control at all.
  if (candidates.length === 0 && view.with.length === 0) return null
  return (
    // A fieldset named by its legend, not an aria-label: a label containing 地区 / Region would also answer to the
    // region filter's name.
    <fieldset className="compare-control">
      <legend className="compare-label">{t.compareRegions}</legend>
      {view.with.map((id) => {
        // kept while another category is chosen, but not drawn for one it does not have: the chip says why
        const notCovered = !covers(meta, view.category, id)
        return (
          <span key={id} className="compare-chip-wrap">
            <button
              type="button"
              className="compare-chip"
              aria-label={t.compareRemove(regionName(meta, id, lang))}
              onClick={() => setView({ with: view.with.filter((w) => w !== id) })}
            >
              {regionName(meta, id, lang)} <span aria-hidden="true">×</span>
            </button>
            {notCovered ? <span className="compare-chip-note">{t.compareNotApplicable}</span> : null}
          </span>
        )
      })}
      {full || candidates.length === 0 ? null : (
        <select
          aria-label={t.compareAdd}
          value=""
          onChange={(e) => e.target.value && setView({ with: [...view.with, e.target.value] })}
        >
          <option value="">{t.compareAddPlaceholder}</option>
          {candidates.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name[lang]}
            </option>
          ))}
        </select>
      )}
      {view.with.length ? (
        <label className="inline-control">
          <span>{t.compareAxis}</span>
          <select value={view.axis} onChange={(e) => setView({ axis: e.target.value as CompareAxis })}>
            {COMPARE_AXES.map((axis) => (
              <option key={axis} value={axis}>
                {t.compareAxisName(axis, formatMonth(view.from, lang))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </fieldset>
  )
}
