/** Turns any failure into the message a person should read, in their language. */
import { ApiError } from '../api/client'
import type { Messages } from './i18n'

export type ErrorKind = 'network' | 'timeout' | 'server' | 'session' | 'forbidden' | 'format' | 'request' | 'render'

export function classifyError(error: unknown): { kind: ErrorKind; status?: number } {
  if (!(error instanceof ApiError)) return { kind: 'render' }
  if (error.kind !== 'http') return { kind: error.kind }
  const status = error.status ?? 0
  if (status === 401) return { kind: 'session', status }
  if (status === 403) return { kind: 'forbidden', status }
  if (status >= 500) return { kind: 'server', status }
  return { kind: 'request', status }
}

export function errorMessage(error: unknown, t: Messages): string {
  const { kind, status } = classifyError(error)
  switch (kind) {
    case 'network':
      return t.errorNetwork
    case 'timeout':
      return t.errorTimeout
    case 'server':
      return t.errorServer(String(status))
    case 'session':
      return t.errorSession
    case 'forbidden':
      return t.errorForbidden
    case 'format':
      return t.errorFormat
    case 'request':
      return t.errorRequest(String(status))
    case 'render':
      return t.errorRender
  }
}
