import { Suspense, useCallback, useEffect, useMemo, useState, type ComponentType, type CSSProperties } from 'react'
import type { Meta } from '../api/meta'
import { DASHBOARD_COLUMNS, gridColumns, type DashboardPanelId } from '../export/dashboardLayout'
import { panelAnchor } from '../panel/anchor'
import { PanelBoundary } from '../panel/PanelBoundary'
import { PanelRegistry, PanelRegistryContext } from '../panel/panelRegistry'
import { FilterBar } from '../features/filters/FilterBar'
import { InvalidLinkNotice } from '../features/filters/InvalidLinkNotice'
import { KpiCards } from '../features/kpis/KpiCards'
import { filterSummary } from '../lib/filterSummary'
import { regionName, scopeLabel } from '../lib/names'
import type { Scope } from '../lib/scope'
import { formatMonth } from '../lib/format'
import { useMessages } from '../lib/LangContext'
import { navigate } from '../lib/useLocationSearch'
import { parseView, serializeView, type View, type ViewParam } from '../lib/view'
import { viewOptions, type ViewProps } from '../lib/viewProps'
import { lazyPanel } from './loadPanels'
import { MastheadExportsPending, PhoneFormOfferPending } from './MastheadExportsPending'
import { messages } from './messages'
import { FrameSkeleton } from './PageSkeleton'
import { useStagedReveal } from './useStagedReveal'

/**
 * Each panel of the grid, by the id the layout (and the dashboard PNG) places it by. The panels are the charts' code,
 * a chunk of its own (loadPanels.ts): the header, the filters and the KPI cards render without it, and each panel
 * draws into a frame of its size (FrameSkeleton) when it arrives.
 */
const PANELS: Record<DashboardPanelId, ComponentType<ViewProps>> = {
  trend: lazyPanel('TrendPanel'),
  regions: lazyPanel('RegionsPanel'),
  targets: lazyPanel('TargetsPanel'),
  channels: lazyPanel('ChannelsPanel'),
}
const AttentionPanel = lazyPanel('AttentionPanel')
/** The order the panels are drawn in after the headline figures: as the page reads, Needs attention first. */
const REVEAL_ORDER = ['attention', ...DASHBOARD_COLUMNS.flatMap((c) => c.panels)] as const
const MastheadExports = lazyPanel('MastheadExports')
const PhoneFormOffer = lazyPanel('PhoneFormOffer')

export function Dashboard({ meta, scope, search }: { meta: Meta; scope: Scope; search: string }) {
  const t = useMessages(messages)
  const options = useMemo(() => viewOptions(meta, scope), [meta, scope])
  const { view, invalid, forbidden } = useMemo(() => parseView(search, options), [search, options])
  const [notice, setNotice] = useState<{ search: string; invalid: ViewParam[]; forbidden: ViewParam[] } | null>(null)
  const [registry] = useState(() => new PanelRegistry())
  const replaced = invalid.length + forbidden.length > 0
  const { revealed, headlineShown } = useStagedReveal(REVEAL_ORDER.length)
  const drawn = (id: (typeof REVEAL_ORDER)[number]) => REVEAL_ORDER.indexOf(id) < revealed

  // An invalid link, or one naming a region the user may not see: say which values were replaced (kept after the
  // address is corrected, until dismissed)…
  if (replaced && notice?.search !== search) setNotice({ search, invalid, forbidden })
  // …and correct the address, so that it can be shared as shown.
  useEffect(() => {
    if (replaced) navigate(serializeView(view, options), 'replace')
  }, [replaced, view, options])

  // From the address as it is when called, not as it was at render: a click on a panel rendered for an earlier view
  // changes only what it names and keeps every other filter.
  const setView = useCallback(
    (patch: Partial<View>) =>
      navigate(serializeView({ ...parseView(window.location.search, options).view, ...patch }, options)),
    [options],
  )
  const props: ViewProps = { meta, scope, view, setView }
  const resetKey = serializeView(view, options)

  return (
    <PanelRegistryContext value={registry}>
      {/* data-search: the address this page draws (a navigation renders as a transition, so it lags a moment) */}
      <div className="page" data-search={search}>
        {/* Skip links to the content and to each panel, in the page's order: a keyboard user need not Tab through
            every Needs attention link to reach the trend (each shows when focused). */}
        <nav className="skip-links" aria-label={t.skipLinks}>
          <a className="skip-link" href="#main">
            {t.skipToContent}
          </a>
          {REVEAL_ORDER.map((id) => (
            <a key={id} className="skip-link" href={`#${panelAnchor(id)}`}>
              {t.skipToPanel(id)}
            </a>
          ))}
        </nav>
        <header className="masthead">
          <div className="masthead-title">
            <h1>{t.appTitle}</h1>
            <p className="masthead-subtitle">
              {t.appSubtitle} · <span className="as-of">{t.asOf(formatMonth(meta.asOf, view.lang, 'full'))}</span>
            </p>
            <p className="masthead-user">
              {t.signedIn(scope.user.name, scopeLabel(meta, scope, view.lang, t.listSeparator))}
            </p>
            <p className="print-only">{filterSummary(meta, view)}</p>
          </div>
          <div className="masthead-side">
            {meta.demo ? (
              <span className="demo-badge" title={t.demoExplanation}>
                {t.demoBadge}
              </span>
            ) : null}
            <Suspense fallback={<MastheadExportsPending />}>
              <MastheadExports {...props} />
            </Suspense>
            <div className="lang-switch" role="group" aria-label={t.language}>
              <button
                type="button"
                lang="zh-CN"
                aria-pressed={view.lang === 'zh'}
                onClick={() => setView({ lang: 'zh' })}
              >
                中文
              </button>
              <button type="button" lang="en" aria-pressed={view.lang === 'en'} onClick={() => setView({ lang: 'en' })}>
                English
              </button>
            </div>
          </div>
        </header>
        <FilterBar {...props} />
        {notice ? (
          <InvalidLinkNotice
            invalid={notice.invalid}
            forbidden={notice.forbidden}
            home={regionName(meta, scope.home, view.lang)}
            onDismiss={() => setNotice(null)}
          />
        ) : null}
        <main id="main" className="dashboard">
          <PanelBoundary resetKey={resetKey}>
            <KpiCards {...props} onShown={headlineShown} />
          </PanelBoundary>
          {drawn('attention') ? (
            <PanelBoundary resetKey={resetKey}>
              <Suspense fallback={<FrameSkeleton panel="attention" />}>
                <AttentionPanel {...props} />
              </Suspense>
            </PanelBoundary>
          ) : (
            <FrameSkeleton panel="attention" />
          )}
          <div className="panel-grid" style={{ '--panel-columns': gridColumns } as CSSProperties}>
            {DASHBOARD_COLUMNS.map((column) => (
              <div key={column.panels.join()} className="panel-column">
                {column.panels.map((id) => {
                  const Panel = PANELS[id]
                  if (!drawn(id)) return <FrameSkeleton key={id} panel={id} />
                  return (
                    <PanelBoundary key={id} resetKey={resetKey}>
                      <Suspense fallback={<FrameSkeleton panel={id} />}>
                        <Panel {...props} />
                      </Suspense>
                    </PanelBoundary>
                  )
                })}
              </div>
            ))}
          </div>
        </main>
        <footer className="page-footer">
          <p>{meta.source[view.lang]}</p>
          {/* the dashboard PNG's phone form, one column (on a phone the masthead's button makes it) */}
          <Suspense fallback={<PhoneFormOfferPending />}>
            <PhoneFormOffer {...props} />
          </Suspense>
        </footer>
      </div>
    </PanelRegistryContext>
  )
}
