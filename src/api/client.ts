/**
 * The one way the app talks to the backend: GET JSON over native fetch, with a base URL from env, a timeout,
 * abort support, and a typed error. Validation happens in each resource file, against its schema.
 */
import * as v from 'valibot'
import type { Refusal } from './checks'

export const problemSchema = v.object({
  type: v.optional(v.string()),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  /** an extension member (RFC 9457): the backend's own error code, which the dashboard shows beside `detail` */
  code: v.optional(v.union([v.string(), v.number()])),
})
export type Problem = v.InferOutput<typeof problemSchema>

/**
 * The problem+json members of an error body, each taken when it has the right type: one odd member (a `code` object,
 * say) must not cost the user the `detail` beside it.
 */
function readProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const b = body as Record<string, unknown>
  const text = (key: string) => (typeof b[key] === 'string' ? (b[key] as string) : undefined)
  const problem: Problem = {
    type: text('type'),
    title: text('title'),
    status: typeof b.status === 'number' ? b.status : undefined,
    detail: text('detail'),
    code: typeof b.code === 'number' && Number.isFinite(b.code) ? b.code : text('code'),
  }
  for (const key of Object.keys(problem) as (keyof Problem)[]) if (problem[key] === undefined) delete problem[key]
  return Object.keys(problem).length ? problem : undefined
}

/**
 * What went wrong, in terms a message can be chosen from: `html` is a web page where JSON was asked for (a sign-in
 * page, as a single-sign-on proxy answers an expired session), `blocked` a request the page's own
 * Content-Security-Policy refused to send (connect-src without the backend's origin).
 */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'format' | 'html' | 'blocked'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  readonly problem: Problem | undefined
  /** why an answer of the right shape was refused (a format error), as data: lib/errors.ts words it */
  readonly reason: Refusal | undefined
  /** the path asked, "/series" */
  readonly path: string | undefined
  /** the origin the CSP refused (kind `blocked`) */
  readonly origin: string | undefined
  /** how long the try took, from the request leaving to the failure (ms) */
  readonly elapsedMs: number | undefined

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {
      status?: number
      problem?: Problem
      cause?: unknown
      reason?: Refusal
      path?: string
      origin?: string
      elapsedMs?: number
    } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.problem = options.problem
    this.reason = options.reason
    this.path = options.path
    this.origin = options.origin
    this.elapsedMs = options.elapsedMs
  }
}

/** What a failure means for the person looking at the panel: the one place where errors are classified. */
export type ErrorKind =
  'network' | 'timeout' | 'server' | 'session' | 'forbidden' | 'format' | 'request' | 'render' | 'signIn' | 'blocked'

/**
 * Every failure, classified once: its kind (for the message), its HTTP status, whether it is asked again at once
 * (`retryable`: server errors and network failures may pass; a 4xx or a malformed body will not change on retry,
 * and a timeout has already cost the whole wait the user was promised), and whether the backend may answer later
 * (`transient`: the dashboard asks again by itself once it is back, app/recovery.ts). An HTML page where JSON was
 * asked for is a sign-in page (`signIn`); anything that is not an ApiError was thrown while drawing.
 */
export function classifyError(error: unknown): {
  kind: ErrorKind
  status?: number
  retryable: boolean
  transient: boolean
} {
  if (!(error instanceof ApiError)) return { kind: 'render', retryable: false, transient: false }
  switch (error.kind) {
    case 'network':
      return { kind: 'network', retryable: true, transient: true }
    case 'timeout':
      return { kind: 'timeout', retryable: false, transient: true }
    case 'format':
      return { kind: 'format', status: error.status, retryable: false, transient: false }
    case 'html':
      return { kind: 'signIn', status: error.status, retryable: false, transient: false }
    case 'blocked':
      return { kind: 'blocked', retryable: false, transient: false }
  }
  const status = error.status ?? 0
  if (status === 401) return { kind: 'session', status, retryable: false, transient: false }
  if (status === 403) return { kind: 'forbidden', status, retryable: false, transient: false }
  if (status >= 500) return { kind: 'server', status, retryable: true, transient: true }
  return { kind: 'request', status, retryable: false, transient: false }
}

const DEFAULT_TIMEOUT_MS = 15_000

/** The API's root from VITE_API_BASE_URL (unset: this origin). vite.config.ts uses it too, for index.html's preloads. */
export function apiBaseFrom(baseUrl: string | undefined): string {
  return (baseUrl ?? '').replace(/\/+$/, '') + '/api/v1'
}

export function apiBaseUrl(): string {
  return apiBaseFrom(import.meta.env.VITE_API_BASE_URL)
}

/** VITE_API_TIMEOUT_MS, or 15 s: the longest a person waits for one answer. */
export function timeoutMs(): number {
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
const askedFirst = new Map<string, { response: Promise<Response>; timeout: AbortSignal; startedAt: number }>()
/**
 * The URLs asked first, whose later requests skip the browser's HTTP cache: index.html's preload of them cannot be
 * cancelled, and while a preload hangs (a hung backend), a second request for its URL waits behind it in the cache
 * (Chromium's cache lock) instead of going out, so a 重试 after the timeout would hang as long as the preload.
 */
const preloaded = new Set<string>()

/**
 * Starts GETs for these paths (no parameters) at once, as the entry module's first act: the answers every page load
 * needs first (/me, /meta) are on their way while the code that validates and shows them is still loading. The first
 * `apiGet` of each path takes its answer, and reads it as it reads any other; a later one asks anew.
 */
export function askFirst(paths: readonly string[]) {
  for (const path of paths) {
    const timeout = AbortSignal.timeout(timeoutMs())
    const startedAt = performance.now()
    const response = fetch(apiUrl(path), { signal: timeout, headers: REQUEST_HEADERS })
    response.catch(() => undefined) // read (and its failure reported) by apiGet
    askedFirst.set(apiUrl(path), { response, timeout, startedAt })
    preloaded.add(apiUrl(path))
  }
}

/**
 * The origins the page's own Content-Security-Policy refused a connection to (connect-src), as the browser reported
 * them (`securitypolicyviolation`). A fetch the CSP refuses fails as a network failure would; this tells the two
 * apart, so that the page says what is wrong (the policy, not the backend) and how to fix it. Listening from the
 * first import of this module, which the entry imports first.
 */
const blockedOrigins = new Set<string>()
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective !== 'connect-src') return
    try {
      blockedOrigins.add(new URL(event.blockedURI).origin)
    } catch {
      // not a URL ("inline", "eval"): not a connection
    }
  })
}

/** Whether the CSP refused connections to `origin`; the report may arrive a task after the failure, so wait one. */
async function blockedByCsp(origin: string): Promise<boolean> {
  if (blockedOrigins.has(origin)) return true
  await new Promise((resolve) => setTimeout(resolve, 0))
  return blockedOrigins.has(origin)
}

/**
 * A body that is a web page, not JSON: markup where a JSON value must start. Read from the body, not its
 * Content-Type, as JSON is read whatever type it is labelled with.
 */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text.slice(0, 256).replace(/^\uFEFF/, ''))
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

/** A new task of the event loop (a timeout of 0: the browser may paint and handle input before it). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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
  const startedAt = first?.startedAt ?? performance.now()
  const elapsed = () => performance.now() - startedAt
  let response: Response
  try {
    const cache: RequestCache | undefined = preloaded.has(url) ? 'no-store' : undefined
    response = await (first?.response ?? fetch(url, { signal: combined, headers: REQUEST_HEADERS, cache }))
  } catch (cause) {
    if (signal?.aborted) throw cause // cancelled by the caller (a superseded query): not an error to show
    if (timeout.aborted) throw new ApiError('timeout', `GET ${path} timed out`, { cause, path, elapsedMs: elapsed() })
    const origin = new URL(url).origin
    if (await blockedByCsp(origin)) {
      throw new ApiError('blocked', `GET ${path}: the page's Content-Security-Policy refused to connect to ${origin}`, {
        cause,
        path,
        origin,
        elapsedMs: elapsed(),
      })
    }
    throw new ApiError('network', `GET ${path} failed: network unreachable`, { cause, path, elapsedMs: elapsed() })
  }

  if (!response.ok) {
    let problem: Problem | undefined
    try {
      problem = readProblem(await response.json())
    } catch {
      // a non-JSON error body: the status says enough
    }
    throw new ApiError('http', `GET ${path} answered ${response.status}`, {
      status: response.status,
      problem,
      path,
      elapsedMs: elapsed(),
    })
  }

  let text: string
  try {
    text = await response.text()
  } catch (cause) {
    if (signal?.aborted) throw cause
    if (timeout.aborted) throw new ApiError('timeout', `GET ${path} timed out`, { cause, path, elapsedMs: elapsed() })
    throw new ApiError('network', `GET ${path}: the answer was cut off`, { cause, path, elapsedMs: elapsed() })
  }
  if (looksLikeHtml(text)) {
    // A web page where data was asked for: a single-sign-on proxy's sign-in page, as an expired session gets.
    throw new ApiError('html', `GET ${path} answered a web page, not JSON (a sign-in page?)`, {
      status: response.status,
      path,
    })
  }
  // Each answer is read, validated and checked in a task of its own: the first view's six answers arrive within
  // milliseconds of each other, and read together they were one task of 60–80 ms, before the headline figures.
  await nextTask()
  signal?.throwIfAborted()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (cause) {
    throw new ApiError('format', `GET ${path} sent a body that is not JSON`, { status: response.status, cause, path })
  }
  const parsed = v.safeParse(schema, body)
  if (!parsed.success) {
    const where = v.getDotPath(parsed.issues[0]) ?? '(root)'
    throw new ApiError('format', `GET ${path}: unexpected data at ${where}: ${parsed.issues[0].message}`, {
      status: response.status,
      path,
    })
  }
  const answered = parsed.output as Record<string, unknown>
  for (const key of echo) {
    if (answered[key] !== params[key]) {
      throw new ApiError('format', `GET ${path}: answers ${key}=${String(answered[key])}, asked ${params[key]}`, {
        status: response.status,
        path,
      })
    }
  }
  return parsed.output
}
