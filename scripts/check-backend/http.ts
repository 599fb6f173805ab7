/**
 * One bounded HTTP GET for the conformance checker: whatever the server does (never answers, dribbles a body, sends
 * gigabytes, redirects, drops the connection), this returns within `timeoutMs` with what happened, and never throws.
 * node:http rather than fetch: redirects are reported, not followed; the body is counted as it arrives; any header
 * (Origin included) can be sent.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http'
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export interface Exchange {
  url: string
  /** set when the server answered (a status line and headers) */
  status?: number
  headers: Record<string, string>
  body: Buffer
  /** from sending the request to the last byte of the body (or the failure) */
  ms: number
  failure?: { kind: 'timeout' | 'unreachable' | 'too-large' | 'broken'; message: string }
}

export interface RequestOptions {
  timeoutMs: number
  maxBodyBytes: number
  headers?: Record<string, string>
}

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }

/** Closes the kept-alive connections, so the process can end. */
export function closeConnections() {
  agents.http.destroy()
  agents.https.destroy()
}

function flatten(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function decode(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes }
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, options)
    case 'deflate':
      return inflateSync(body, options)
    case 'br':
      return brotliDecompressSync(body, options)
    default:
      return body
  }
}

export async function get(url: string, options: RequestOptions): Promise<Exchange> {
  // A kept-alive connection that the server had closed meanwhile is not the server's failure: ask again, on the
  // next one kept or a new one (each stale one fails at once, and is gone).
  for (let tries = 0; tries < 16; tries++) {
    const exchange = await attempt(url, options)
    if (exchange !== 'stale connection') return exchange
  }
  return {
    url,
    headers: {},
    body: Buffer.alloc(0),
    ms: 0,
    failure: { kind: 'broken', message: 'every connection was reset' },
  }
}

function attempt(url: string, options: RequestOptions): Promise<Exchange | 'stale connection'> {
  const started = performance.now()
  return new Promise((resolve) => {
    let settled = false
    const exchange: Exchange = { url, headers: {}, body: Buffer.alloc(0), ms: 0 }
    const finish = (failure?: Exchange['failure']) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      exchange.ms = performance.now() - started
      if (failure) exchange.failure = failure
      resolve(exchange)
    }

    let target: URL
    try {
      target = new URL(url)
    } catch {
      return finish({ kind: 'unreachable', message: `not a URL: ${url}` })
    }
    const secure = target.protocol === 'https:'
    const send = secure ? httpsRequest : httpRequest
    const req = send(target, {
      method: 'GET',
      agent: secure ? agents.https : agents.http,
      headers: { Accept: 'application/json', 'Accept-Encoding': 'gzip, deflate, br', ...options.headers },
    })
    const timer = setTimeout(() => {
      finish({
        kind: 'timeout',
        message:
          exchange.status === undefined
            ? `no answer within ${options.timeoutMs} ms`
            : `the body had not arrived within ${options.timeoutMs} ms (${exchange.body.length} bytes so far)`,
      })
      req.destroy()
    }, options.timeoutMs)

    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET' && exchange.status === undefined && !settled) {
        settled = true
        clearTimeout(timer)
        return resolve('stale connection')
      }
      const refused = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(
        error.code ?? '',
      )
      finish({
        kind: refused ? 'unreachable' : 'broken',
        message: refused
          ? `cannot connect (${error.code})`
          : `the connection failed before a complete answer (${error.code ?? error.message})`,
      })
    })
    req.on('response', (res) => {
      exchange.status = res.statusCode
      exchange.headers = flatten(res.headers)
      const declared = Number(res.headers['content-length'])
      if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
        finish({
          kind: 'too-large',
          message: `Content-Length ${declared} is over the ${options.maxBodyBytes} byte limit`,
        })
        req.destroy()
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > options.maxBodyBytes) {
          finish({ kind: 'too-large', message: `the body passed the ${options.maxBodyBytes} byte limit` })
          req.destroy()
          return
        }
        chunks.push(chunk)
      })
      res.on('aborted', () => finish({ kind: 'broken', message: 'the connection closed in the middle of the body' }))
      res.on('error', () => finish({ kind: 'broken', message: 'the connection closed in the middle of the body' }))
      res.on('end', () => {
        if (settled) return
        try {
          exchange.body = decode(Buffer.concat(chunks), res.headers['content-encoding'], options.maxBodyBytes)
          finish()
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          finish(
            code === 'ERR_BUFFER_TOO_LARGE'
              ? { kind: 'too-large', message: `the decompressed body passes the ${options.maxBodyBytes} byte limit` }
              : {
                  kind: 'broken',
                  message: `the ${res.headers['content-encoding']} body cannot be decoded: ${(error as Error).message}`,
                },
          )
        }
      })
    })
    req.end()
  })
}
