import { Component, type ContextType, type ReactNode } from 'react'
import { LangContext } from '../lib/LangContext'
import { messages } from './messages'

/** Catches a render error inside one panel so the rest of the dashboard stays. */
export class PanelBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: unknown; key: string }
> {
  static contextType = LangContext
  declare context: ContextType<typeof LangContext>
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
