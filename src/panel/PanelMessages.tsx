/** What a panel shows instead of its chart: a skeleton of its final size, an error with a retry, or an empty note. */
import { formatDateTime } from '../lib/format'
import { errorDetail, errorMessage, needsSignIn } from '../lib/errors'
import { useLang, useMessages } from '../lib/LangContext'
import { messages } from './messages'

/** The panel's final size while its first data loads; after a few seconds it says it is still waiting. */
export function PanelSkeleton({ height, slow = false }: { height: number; slow?: boolean }) {
  const t = useMessages(messages)
  return (
    <div className="skeleton" style={{ height }} aria-busy="true">
      {slow ? (
        <p className="slow-note" role="status">
          {t.stillWaiting}
        </p>
      ) : (
        <span className="visually-hidden">{t.loading}</span>
      )}
    </div>
  )
}

/**
 * A failure in words, with the server's own explanation under it when it sent one (as text, cut short), a retry, and
 * for an expired session (a 401, or a sign-in page where data was asked for) the way to sign in again.
 */
export function PanelError({ error, onRetry, height }: { error: unknown; onRetry: () => void; height?: number }) {
  const t = useMessages(messages)
  const lang = useLang()
  const detail = errorDetail(error, lang)
  return (
    <div className="panel-message panel-error" role="alert" style={height ? { minHeight: height } : undefined}>
      <p>{errorMessage(error, lang)}</p>
      {detail ? <p className="panel-error-detail">{detail}</p> : null}
      <div className="panel-actions">
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
        {needsSignIn(error) && import.meta.env.VITE_LOGIN_URL ? (
          <a className="button" href={import.meta.env.VITE_LOGIN_URL}>
            {t.signIn}
          </a>
        ) : null}
      </div>
    </div>
  )
}

/** Shown above data that a later refresh failed to renew. */
export function StaleNote({ error, updatedAt, onRetry }: { error: unknown; updatedAt: number; onRetry: () => void }) {
  const t = useMessages(messages)
  const lang = useLang()
  return (
    <div className="stale-note" role="status">
      <p>
        {t.staleData(formatDateTime(new Date(updatedAt), lang))} {errorMessage(error, lang)}
      </p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  )
}

export function PanelEmpty({ message, height }: { message: string; height: number }) {
  return (
    <div className="panel-message" role="status" style={{ minHeight: height }}>
      <p>{message}</p>
    </div>
  )
}
