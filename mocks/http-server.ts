/**
 * The mock backend over real HTTP, for a live build tested against a real network server:
 *   npm run mock:api -- --port 8787                       the API on http://127.0.0.1:8787/api/v1
 *   npm run mock:api -- --port 8787 --control-port 8788   the same, plus the fault switch below
 *   npm run mock:api -- --user henan                      signed in as 河南's provincial office (default: national)
 * It answers the same handlers as the service worker, with CORS so a build on another port can call it.
 *
 * Fault switch (for tests only; a real backend has nothing like it). It listens on its own port, never on the API
 * port, so the API itself stays exactly the contract, and so the switch still answers while the API is "down":
 *   POST http://127.0.0.1:8788/__control  {"fault": "500", "endpoint": "regions"}   every /regions request fails so
 *   POST …/__control  {"fault": "network"}                                           every endpoint ("*", the default)
 *   POST …/__control  {"fault": "slow", "endpoint": "series", "delayMs": 3000}       answers, late
 *   POST …/__control  {"fault": null, "endpoint": "regions"}                         that endpoint healthy again
 *   POST …/__control  {"down": true}    the API port stops listening and drops its connections (connection refused)
 *   POST …/__control  {"down": false}   it listens again
 *   POST …/__control  {"user": "henan"} another user is signed in (national, henan, gansu: mocks/data/users.ts)
 *   POST …/__control  {"reset": true}   no faults, listening, request counts back to zero, the --user user again
 *   GET  …/__control                    {faults, down, requests}: requests counts API calls per endpoint since reset
 * Faults: "500" "503" "401" "403" (problem+json with that status), "network" (the connection is dropped without an
 * answer), "slow" (the right answer after delayMs, default 3000), "malformed" (200, JSON cut short), "wrong-shape"
 * (200, the right data wrapped in {"data": …} so every required field is missing), "empty" (200, every items/points
 * array emptied), "html" (200 text/html, as a login proxy would answer). "malformed", "wrong-shape" and "empty" mangle
 * data: an error answer (400 for a bad parameter, 403 for a region outside the user's scope) passes unchanged, so a
 * fault never turns a refusal into a 200 (for "empty", a 200 saying there is no data: a scope leak). Endpoints: meta
 * series targets regions channels annotations, or "*". A fault set for one endpoint wins over "*".
 *
 * From a test in the same process: `const api = await startMockApi({ port: 0 })`, then `api.setFault(…)`,
 * `api.setDown(…)`, `api.reset()`, `api.close()`. Playwright starts the CLI form as a webServer (playwright.config.ts).
 *
 * `--upstream http://127.0.0.1:8789` (`{ upstream }`): the right answers come from that server instead of the handlers,
 * and the faults above are applied to them here. The live end-to-end run puts the contract-checking proxy there
 * (prism, in front of a second, fault-free mock backend), so every healthy answer is checked against
 * docs/openapi.json while the faults stay as wrong as they are meant to be. An upstream answer that reports a
 * violation (prism's `sl-violations` header, or its own error body) is logged and listed in `violations`, which a
 * reset keeps: the run's teardown fails on any.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { getResponse } from 'msw'
import { ENDPOINTS, type Endpoint } from '../src/api/common'
import { dataSet } from './data/dataset'
import { DEFAULT_MOCK_USER, isMockUserId, MOCK_USER_IDS, MOCK_USERS, type MockUserId } from './data/users'
import { createHandlers } from './handlers'

export { ENDPOINTS, type Endpoint }
export const FAULTS = [
  '500',
  '503',
  '401',
  '403',
  'network',
  'slow',
  'malformed',
  'wrong-shape',
  'empty',
  'html',
] as const
export type FaultKind = (typeof FAULTS)[number]
export interface Fault {
  kind: FaultKind
  /** for "slow" */
  delayMs?: number
}

export interface MockApiState {
  faults: Partial<Record<Endpoint | '*', Fault>>
  down: boolean
  requests: Partial<Record<Endpoint | 'other', number>>
  /** contract violations the upstream reported (with `upstream` only); kept across resets */
  violations: string[]
  /** who the API takes the signed-in user to be */
  user: MockUserId
}

export interface MockApi {
  /** http://127.0.0.1:<port>, without /api/v1 */
  origin: string
  port: number
  state(): MockApiState
  setFault(fault: FaultKind | Fault | null, endpoint?: Endpoint | '*'): void
  /** true: stop listening and drop every open connection; false: listen again on the same port */
  setDown(down: boolean): Promise<void>
  /** signs another user in (as after a 401 and a new sign-in) */
  setUser(user: MockUserId): void
  reset(): Promise<void>
  close(): Promise<void>
}

/**
 * A request may name its user in this header: the fault switch's server sends it to its upstream, so that the user
 * it was told about is the one the fault-free backend behind prism answers for. Browsers never send it.
 */
export const USER_HEADER = 'X-Mock-User'

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
}

const STATUS_TITLES: Record<string, string> = {
  '500': 'Internal Server Error',
  '503': 'Service Unavailable',
  '401': 'Unauthorized',
  '403': 'Forbidden',
}

function endpointOf(pathname: string): Endpoint | null {
  const match = /^\/api\/v1\/([a-z]+(?:\/[a-z]+)?)$/.exec(pathname)
  return match && (ENDPOINTS as readonly string[]).includes(match[1]) ? (match[1] as Endpoint) : null
}

/** Every `items` / `points` array in the body emptied; meta loses its regions and months. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(emptied)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      ['items', 'points', 'regions', 'months'].includes(key) ? [] : emptied(v),
    ]),
  )
}

/** Headers of an upstream answer that are not passed on: CORS is this server's, and Node frames the body itself. */
const NOT_FORWARDED =
  /^(access-control-.*|content-length|content-encoding|transfer-encoding|connection|keep-alive|date)$/i

async function fromUpstream(upstream: string, url: URL, state: MockApiState): Promise<Response> {
  const response = await fetch(new URL(url.pathname + url.search, upstream), {
    headers: { Accept: 'application/json', [USER_HEADER]: state.user },
  })
  const body = Buffer.from(await response.arrayBuffer())
  const reported = response.headers.get('sl-violations')
  const prismError = /"type":"https:\/\/stoplight\.io\/prism\/errors/.test(body.subarray(0, 200).toString('utf8'))
  if (reported || prismError) {
    const violation = `${url.pathname}${url.search}: ${(reported ?? body.toString('utf8')).slice(0, 1000)}`
    state.violations.push(violation)
    console.error(`contract violation: ${violation}`)
  }
  const headers = new Headers([...response.headers].filter(([name]) => !NOT_FORWARDED.test(name)))
  return new Response(body, { status: response.status, headers })
}

async function send(res: ServerResponse, response: Response, body?: string | Buffer) {
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors })
  res.end(body ?? Buffer.from(await response.arrayBuffer()))
}

async function answer(
  handlers: ReturnType<typeof createHandlers>,
  state: MockApiState,
  port: number,
  host: string,
  upstream: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  const url = new URL(req.url ?? '/', `http://${host}:${port}`)
  const endpoint = endpointOf(url.pathname)
  const counted = endpoint ?? 'other'
  state.requests[counted] = (state.requests[counted] ?? 0) + 1
  const fault = endpoint ? (state.faults[endpoint] ?? state.faults['*']) : undefined

  const real = async () =>
    upstream
      ? fromUpstream(upstream, url, state)
      : ((await getResponse(handlers, new Request(url, { method: req.method, headers: userHeader(req) }))) ??
        new Response('Not found', { status: 404 }))

  switch (fault?.kind) {
    case undefined:
      return send(res, await real())
    case '500':
    case '503':
    case '401':
    case '403': {
      const status = Number(fault.kind)
      const problem = {
        type: 'about:blank',
        title: STATUS_TITLES[fault.kind],
        status,
        detail: 'fault injected by the mock API',
      }
      res.writeHead(status, {
        'Content-Type': 'application/problem+json',
        ...(status === 503 ? { 'Retry-After': '1' } : {}),
        ...cors,
      })
      res.end(JSON.stringify(problem))
      return
    }
    case 'network':
      // No status line, no body: the browser sees the connection drop, as when a proxy or the backend dies.
      req.socket.destroy()
      return
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 3000))
      if (res.destroyed) return
      return send(res, await real())
    case 'malformed': {
      const response = await real()
      if (response.status !== 200) return send(res, response)
      const text = await response.text()
      res.writeHead(200, { 'Content-Type': 'application/json', ...cors })
      res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))))
      return
    }
    case 'wrong-shape': {
      const response = await real()
      if (response.status !== 200) return send(res, response)
      const body = { data: await response.json() }
      res.writeHead(200, { 'Content-Type': 'application/json', ...cors })
      res.end(JSON.stringify(body))
      return
    }
    case 'empty': {
      const response = await real()
      if (response.status !== 200) return send(res, response)
      const body = emptied(await response.json())
      res.writeHead(200, { 'Content-Type': 'application/json', ...cors })
      res.end(JSON.stringify(body))
      return
    }
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...cors })
      res.end('<!doctype html><title>统一身份认证</title><form action="/login"><input name="user"></form>')
      return
  }
}

/** The request's own user header, if it names a known user. */
function userHeader(req: IncomingMessage): Record<string, string> {
  const named = req.headers[USER_HEADER.toLowerCase()]
  return typeof named === 'string' && isMockUserId(named) ? { [USER_HEADER]: named } : {}
}

export async function startMockApi(
  options: { port?: number; host?: string; upstream?: string; user?: MockUserId } = {},
): Promise<MockApi> {
  const host = options.host ?? '127.0.0.1'
  const initialUser = options.user ?? DEFAULT_MOCK_USER
  const state: MockApiState = { faults: {}, down: false, requests: {}, violations: [], user: initialUser }
  const handlers = createHandlers(dataSet, (request) => {
    const named = request.headers.get(USER_HEADER)
    return MOCK_USERS[named && isMockUserId(named) ? named : state.user]
  })
  let port = options.port ?? 8787
  let server: Server | null = null

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((req, res) => {
        answer(handlers, state, port, host, options.upstream, req, res).catch((error: unknown) => {
          console.error(error)
          if (!res.headersSent) res.writeHead(500, cors)
          res.end()
        })
      })
      s.once('error', reject)
      s.listen(port, host, () => {
        port = (s.address() as AddressInfo).port
        server = s
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server
      server = null
      if (!s) return resolve()
      s.close(() => resolve())
      s.closeAllConnections()
    })

  await listen()
  const api: MockApi = {
    get origin() {
      return `http://${host}:${port}`
    },
    get port() {
      return port
    },
    state: () => structuredClone(state),
    setFault(fault, endpoint = '*') {
      if (fault === null) delete state.faults[endpoint]
      else state.faults[endpoint] = typeof fault === 'string' ? { kind: fault } : fault
    },
    async setDown(down) {
      state.down = down
      if (down) await stop()
      else if (!server) await listen()
    },
    setUser(user) {
      state.user = user
    },
    async reset() {
      state.faults = {}
      state.requests = {}
      state.user = initialUser
      await api.setDown(false)
    },
    close: stop,
  }
  return api
}

/** The fault switch's own little server: see the comment at the top. */
export function startControlServer(api: MockApi, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...cors }).end(JSON.stringify(body))
    }
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/__control') return reply(404, { error: 'not found' })
    if (req.method === 'GET') return reply(200, api.state())
    if (req.method !== 'POST') return reply(405, { error: 'GET or POST' })
    let command: {
      fault?: string | null
      endpoint?: string
      delayMs?: number
      down?: boolean
      reset?: boolean
      user?: string
    }
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      command = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    } catch {
      return reply(400, { error: 'the body must be JSON' })
    }
    const endpoint = command.endpoint ?? '*'
    if (endpoint !== '*' && !(ENDPOINTS as readonly string[]).includes(endpoint)) {
      return reply(400, { error: `endpoint must be one of ${ENDPOINTS.join(', ')} or *` })
    }
    if (
      command.fault !== undefined &&
      command.fault !== null &&
      !(FAULTS as readonly string[]).includes(command.fault)
    ) {
      return reply(400, { error: `fault must be one of ${FAULTS.join(', ')} or null` })
    }
    if (command.user !== undefined && !isMockUserId(command.user)) {
      return reply(400, { error: `user must be one of ${MOCK_USER_IDS.join(', ')}` })
    }
    if (command.reset) await api.reset()
    if (command.user !== undefined) api.setUser(command.user as MockUserId)
    if (command.fault !== undefined) {
      api.setFault(
        command.fault === null ? null : { kind: command.fault as FaultKind, delayMs: command.delayMs },
        endpoint as Endpoint | '*',
      )
    }
    if (command.down !== undefined) await api.setDown(command.down)
    return reply(200, api.state())
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : undefined
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runDirectly) {
  const upstreamAt = process.argv.indexOf('--upstream')
  const upstream = upstreamAt >= 0 ? process.argv[upstreamAt + 1] : undefined
  const userAt = process.argv.indexOf('--user')
  const user = userAt >= 0 ? process.argv[userAt + 1] : DEFAULT_MOCK_USER
  if (!isMockUserId(user)) {
    console.error(`--user must be one of ${MOCK_USER_IDS.join(', ')}, not ${JSON.stringify(user)}`)
    process.exit(2)
  }
  const api = await startMockApi({ port: flag('--port') ?? 8787, upstream, user })
  console.log(`mock API on ${api.origin}/api/v1, signed in as ${user}${upstream ? `, answering from ${upstream}` : ''}`)
  const controlPort = flag('--control-port')
  if (controlPort !== undefined) {
    await startControlServer(api, controlPort)
    console.log(`fault switch on http://127.0.0.1:${controlPort}/__control`)
  }
}
