/** What a panel shows instead of its chart: a skeleton of its final size, an error with a retry, or an empty note. */
import { Component, useContext, type ReactNode } from 'react'
import { formatDateTime } from '../lib/format'
import { classifyError, errorMessage } from '../lib/errors'
import { messages, useMessages, LangContext } from '../lib/i18n'

export function PanelSkeleton({ height }: { height: number }) {
  const t = useMessages()
  return (
    <div className="skeleton" style={{ height }} aria-busy="true">
      <span className="visually-hidden">{t.loading}</span>
    </div>
  )
}

export function PanelError({ error, onRetry, height }: { error: unknown; onRetry: () => void; height?: number }) {
  const t = useMessages()
  const { kind } = classifyError(error)
  return (
    <div className="panel-message panel-error" role="alert" style={height ? { minHeight: height } : undefined}>
      <p>{errorMessage(error, t)}</p>
      <div className="panel-actions">
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
        {kind === 'session' && import.meta.env.VITE_LOGIN_URL ? (
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
  const t = useMessages()
  const lang = useContext(LangContext)
  return (
    <div className="stale-note" role="status">
      <p>
        {t.staleData(formatDateTime(new Date(updatedAt), lang))} {errorMessage(error, t)}
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

/** Catches a render error inside one panel so the rest of the dashboard stays. */
export class PanelBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: unknown; key: string }
> {
  static contextType = LangContext
  declare context: React.ContextType<typeof LangContext>
  state = { error: null as unknown, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  render() {
    if (this.state.error === null) return this.props.children
    const t = messages[this.context]
    return (
      <div className="panel-message panel-error" role="alert">
        <p>{t.errorRender}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t.retry}
        </button>
      </div>
    )
  }
}
