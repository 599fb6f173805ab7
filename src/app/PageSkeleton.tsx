/**
 * The page before its data: the same boxes, at the same sizes, as the dashboard that replaces it. index.html's static
 * shell is this very markup (PageShell.tsx, rendered into it when the page is built), so the first paint needs no
 * JavaScript and nothing moves when React takes over, or when the panels' code arrives.
 */
import type { ReactNode } from 'react'
import { DASHBOARD_COLUMNS, type DashboardPanelId } from '../export/dashboardLayout'
import type { Lang } from '../lib/format'
import { messages } from './messages'

/** `slow`: the first answers are long in coming, and the first card says it is still waiting (no box moves). */
export function PageSkeleton({
  lang,
  shell,
  slow = false,
}: {
  lang: Lang
  /** index.html's static shell (PageShell.tsx): each text carries its English, and `noscript` leads the main part */
  shell?: { noscript: ReactNode }
  slow?: boolean
}) {
  const t = messages[lang]
  const en = (text: string) => (shell ? { 'data-en': text } : {})
  return (
    <div className="page">
      <header className="masthead">
        <div className="masthead-title">
          <h1 {...en(messages.en.appTitle)}>{t.appTitle}</h1>
          <p className="masthead-subtitle" {...en(messages.en.appSubtitle)}>
            {t.appSubtitle}
          </p>
          {/* who is signed in, once /me has answered */}
          <p className="masthead-user">{'\u00a0'}</p>
        </div>
        {/* the buttons' room where they go under the title (a phone, styles.css); nothing on a wider screen */}
        <div className="masthead-side shell-masthead-side" aria-hidden="true" />
      </header>
      <div className="filter-bar" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="shell-field skeleton" />
        ))}
      </div>
      <main id="main" className="dashboard">
        {shell?.noscript}
        <p className="visually-hidden" role="status" {...en(messages.en.loading)}>
          {t.loading}
        </p>
        <div className="kpis" aria-hidden={slow ? undefined : true}>
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="kpi skeleton">
              {i === 0 && slow ? (
                <p className="slow-note" role="status">
                  {t.stillWaiting}
                </p>
              ) : null}
            </div>
          ))}
        </div>
        <FrameSkeleton panel="attention" />
        <div className="panel-grid">
          {DASHBOARD_COLUMNS.map((column) => (
            <div key={column.panels.join()} className="panel-column">
              {column.panels.map((id) => (
                <FrameSkeleton key={id} panel={id} />
              ))}
            </div>
          ))}
        </div>
      </main>
    </div>
  )
}

/**
 * A panel's frame before its code has arrived: title, summary, toolbar (and tabs) and body at the sizes of the panel's
 * own loading state, so the panel draws into it without moving anything. The sizes are in styles.css (`.shell-*`).
 */
export function FrameSkeleton({ panel }: { panel: DashboardPanelId | 'attention' }) {
  return (
    <div className={`panel shell-panel shell-${panel}`} aria-hidden="true">
      <div className="panel-head">
        <p className="panel-title">{'\u00a0'}</p>
        <p className="panel-summary">{'\u00a0'}</p>
      </div>
      <div className="panel-toolbar" />
      {panel === 'regions' ? <div className="chart-tabs" /> : null}
      <div className="chart-view">
        <div className="skeleton shell-body" />
        <div />
      </div>
    </div>
  )
}
