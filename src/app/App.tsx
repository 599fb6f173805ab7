import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { metaQueries } from '../api/meta'
import { LangContext, messages } from '../lib/i18n'
import { useLocationSearch } from '../lib/useLocationSearch'
import { langFrom } from '../lib/view'
import { Dashboard } from './Dashboard'
import { PanelError } from '../charts/PanelMessages'
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

function Root() {
  const search = useLocationSearch()
  const lang = langFrom(search)
  const meta = useQuery(metaQueries.one())
  const t = messages[lang]

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    document.title = t.appTitle
  }, [lang, t])

  return (
    <LangContext value={lang}>
      {meta.data ? (
        <Dashboard meta={meta.data} search={search} />
      ) : meta.isError ? (
        <div className="page">
          <header className="masthead">
            <h1>{t.appTitle}</h1>
          </header>
          <main id="main" className="page-status">
            <PanelError error={meta.error} onRetry={() => void meta.refetch()} />
          </main>
        </div>
      ) : (
        // The page shell of index.html, which this replaces in place, until /meta has answered.
        <PageSkeleton lang={lang} />
      )}
    </LangContext>
  )
}
