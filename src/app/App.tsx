import { QueryClientProvider, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { meQueries } from '../api/me'
import { metaQueries } from '../api/meta'
import { needsSignIn } from '../lib/errors'
import { LangContext } from '../lib/LangContext'
import { scopeOf } from '../lib/scope'
import { useLocationSearch } from '../lib/useLocationSearch'
import { langFrom } from '../lib/view'
import { Dashboard } from './Dashboard'
import { messages } from './messages'
import { PanelError } from '../panel/PanelMessages'
import { useStillWaiting } from '../panel/usePanelState'
import { PageSkeleton } from './PageSkeleton'
import { createQueryClient } from './queryClient'

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <Root />
    </QueryClientProvider>
  )
}

/**
 * A 401 from any request, or a sign-in page where data was asked for, means the session is gone: ask /me again, so
 * that the page says so, and so that whoever signs in next is recognised (meQueries drops everything cached for the
 * previous user).
 */
function useSessionWatch() {
  const client = useQueryClient()
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return
        if (event.query.queryKey[0] === meQueries.all()[0]) return
        if (needsSignIn(event.action.error)) void client.invalidateQueries({ queryKey: meQueries.all() })
      }),
    [client],
  )
}

/**
 * The panels that failed while the backend was away show their numbers again once it is back (app/recovery.ts). Its
 * code is loaded after the first render, off the headline figures' path: its first probe is 15 s after a failure.
 */
function useRecovery() {
  const client = useQueryClient()
  useEffect(() => {
    let stop: (() => void) | undefined
    let stopped = false
    void import('./recovery').then(({ watchRecovery }) => {
      if (!stopped) stop = watchRecovery(client)
    })
    return () => {
      stopped = true
      stop?.()
    }
  }, [client])
}

function Root() {
  const search = useLocationSearch()
  const lang = langFrom(search)
  const me = useQuery(meQueries.one())
  const meta = useQuery(metaQueries.one())
  const t = messages[lang]
  useSessionWatch()
  useRecovery()

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    document.title = t.appTitle
  }, [lang, t])

  const scope = useMemo(() => (me.data && meta.data ? scopeOf(meta.data, me.data) : undefined), [me.data, meta.data])
  // While /me or /meta is on its way, the page shell says so once the wait is long (a hung backend times out at 15 s).
  const slow = useStillWaiting((me.isPending && !me.isError) || (meta.isPending && !meta.isError))

  // One retry asks again whatever failed (the backend down fails both).
  const retry = () => {
    if (me.isError) void me.refetch()
    if (meta.isError) void meta.refetch()
  }
  let content: ReactNode
  // Who is signed in first: a failed /me (a refresh after a 401 included) is never read as "a national user".
  if (me.isError) content = <PanelError error={me.error} onRetry={retry} />
  else if (meta.isError) content = <PanelError error={meta.error} onRetry={retry} />
  else if (scope === null) content = <p role="alert">{t.noScope}</p>
  else if (scope && meta.data)
    return (
      <LangContext value={lang}>
        {/* Keyed by the user: a new user starts from nothing the previous one was shown. */}
        <Dashboard key={scope.user.id} meta={meta.data} scope={scope} search={search} />
      </LangContext>
    )
  // The page shell of index.html, which this replaces in place, until /me and /meta have answered.
  else return <PageSkeleton lang={lang} slow={slow} />

  return (
    <LangContext value={lang}>
      <div className="page">
        <header className="masthead">
          <h1>{t.appTitle}</h1>
        </header>
        <main id="main" className="page-status">
          {content}
        </main>
      </div>
    </LangContext>
  )
}
