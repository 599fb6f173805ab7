/**
 * The one way the app talks to the backend: GET JSON over native fetch, with a base URL from env, a timeout,
 * abort support, and a typed error. Validation happens in each resource file, against its schema.
 */
import * as v from 'valibot'

export const problemSchema = v.object({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
})
export type Problem = v.InferOutput<typeof problemSchema>

/** What went wrong, in terms a message can be chosen from. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'format'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  readonly problem: Problem | undefined

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: Problem; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.problem = options.problem
  }
}

/** What a failure means for the person looking at the panel: the one place where errors are classified. */
export type ErrorKind = 'network' | 'timeout' | 'server' | 'session' | 'forbidden' | 'format' | 'request' | 'render'

/**
 * Every failure, classified once: its kind (for the message), its HTTP status, and whether asking again may help
 * (server errors and network failures may pass; a 4xx or a malformed body will not change on retry). Anything that
 * is not an ApiError was thrown while drawing.
 */
export function classifyError(error: unknown): { kind: ErrorKind; status?: number; retryable: boolean } {
  if (!(error instanceof ApiError)) return { kind: 'render', retryable: false }
  if (error.kind !== 'http') return { kind: error.kind, retryable: error.kind !== 'format' }
  const status = error.status ?? 0
  if (status === 401) return { kind: 'session', status, retryable: false }
  if (status === 403) return { kind: 'forbidden', status, retryable: false }
  if (status >= 500) return { kind: 'server', status, retryable: true }
  return { kind: 'request', status, retryable: false }
}

const DEFAULT_TIMEOUT_MS = 15_000

/** The API's root from VITE_API_BASE_URL (unset: this origin). vite.config.ts uses it too, for index.html's preloads. */
export function apiBaseFrom(baseUrl: string | undefined): string {
  return (baseUrl ?? '').replace(/\/+$/, '') + '/api/v1'
}

export function apiBaseUrl(): string {
  return apiBaseFrom(import.meta.env.VITE_API_BASE_URL)
}

function timeoutMs(): number {
  const n = Number(import.meta.env.VITE_API_TIMEOUT_MS)
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS
}

export type Params = Record<string, string | undefined>

let backendReady: Promise<unknown> | null = null

/**
 * Every request waits for `ready` before it goes out: the demo build's mock backend is a service worker that must be
 * running first, and the page renders (and its first requests are made) while it starts rather than after. A start
 * that fails lets the requests go out anyway, to fail as they will with a message and a retry.
 */
export function holdRequestsUntil(ready: Promise<unknown>) {
  const gate: Promise<unknown> = ready
    .catch(() => undefined)
    .then(() => {
      if (backendReady === gate) backendReady = null
    })
  backendReady = gate
}

const REQUEST_HEADERS = { Accept: 'application/json' }

/**
 * What every page load needs first, whatever its view: who is signed in, and what the data holds. A live build's
 * index.html preloads both (vite.config.ts), so they are on their way while the HTML is still parsed; the entry
 * module then asks them first (`askFirst`), which takes the preloaded answers.
 */
export const ASKED_FIRST = ['/me', '/meta'] as const

/** Requests started before the code that reads them has arrived (`askFirst`), each taken once by `apiGet`. */
const askedFirst = new Map<string, { response: Promise<Response>; timeout: AbortSignal }>()

/**
 * Starts GETs for these paths (no parameters) at once, as the entry module's first act: the answers every page load
 * needs first (/me, /meta) are on their way while the code that validates and shows them is still loading. The first
 * `apiGet` of each path takes its answer, and reads it as it reads any other; a later one asks anew.
 */
export function askFirst(paths: readonly string[]) {
  for (const path of paths) {
    const timeout = AbortSignal.timeout(timeoutMs())
    const response = fetch(apiUrl(path), { signal: timeout, headers: REQUEST_HEADERS })
    response.catch(() => undefined) // read (and its failure reported) by apiGet
    askedFirst.set(apiUrl(path), { response, timeout })
  }
}

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value)
  const query = search.toString()
  const base = apiBaseUrl()
  // A relative base ("/api/v1") resolves against the page; an absolute one is used as is.
  const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/')
  url.search = query
  return url.toString()
}

/**
 * GET a JSON resource and check it against its schema, and that it answers what was asked: the `echo` parameters
 * must come back as they were sent (an answer for another region or month would show its numbers as this view's).
 * Throws ApiError for every failure.
 */
export async function apiGet<S extends v.GenericSchema>(
  path: string,
  params: Params,
  schema: S,
  signal?: AbortSignal,
  echo: readonly string[] = [],
): Promise<v.InferOutput<S>> {
  // Without a gate (or once it has opened) the request starts synchronously: the backend checker relies on it.
  if (backendReady) {
    await backendReady
    signal?.throwIfAborted()
  }
  const url = apiUrl(path, params)
  const first = askedFirst.get(url)
  askedFirst.delete(url)
  const timeout = first?.timeout ?? AbortSignal.timeout(timeoutMs())
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await (first?.response ?? fetch(url, { signal: combined, headers: REQUEST_HEADERS }))
  } catch (cause) {
    if (signal?.aborted) throw cause // cancelled by the caller (a superseded query): not an error to show
    if (timeout.aborted) throw new ApiError('timeout', `GET ${path} timed out`, { cause })
    throw new ApiError('network', `GET ${path} failed: network unreachable`, { cause })
  }

  if (!response.ok) {
    let problem: Problem | undefined
    try {
      const parsed = v.safeParse(problemSchema, await response.json())
      if (parsed.success) problem = parsed.output
    } catch {
      // a non-JSON error body: the status says enough
    }
    throw new ApiError('http', `GET ${path} answered ${response.status}`, { status: response.status, problem })
  }

  let body: unknown
  try {
    body = await response.json()
  } catch (cause) {
    if (signal?.aborted) throw cause
    if (timeout.aborted) throw new ApiError('timeout', `GET ${path} timed out`, { cause })
    throw new ApiError('format', `GET ${path} sent a body that is not JSON`, { status: response.status, cause })
  }
  const parsed = v.safeParse(schema, body)
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? '(root)'
    throw new ApiError('format', `GET ${path}: unexpected data at ${where}: ${parsed.issues[0].message}`, {
      status: response.status,
    })
  }
  const answered = parsed.output as Record<string, unknown>
  for (const key of echo) {
    if (answered[key] !== params[key]) {
      throw new ApiError('format', `GET ${path}: answers ${key}=${String(answered[key])}, asked ${params[key]}`, {
        status: response.status,
      })
    }
  }
  return parsed.output
}
