/**
 * `vite preview` serves a build with a CSP that lets it call the backend it was built for (vite.config.ts,
 * `previewHeaders`; issue 29, item 21): read from the build's index.html, so that VITE_API_BASE_URL need not be given
 * again, and the build's own base when the two differ.
 */
import { describe, expect, it } from 'vitest'
import { apiBaseOfBuild, contentSecurityPolicy } from '../../deploy/csp'
import { previewHeaders } from '../../vite.config'

const liveIndex = (base: string) =>
  '<!doctype html><html><head><link rel="modulepreload" crossorigin href="/assets/boot-x.js">' +
  `<link rel="preload" as="fetch" crossorigin href="${base}/api/v1/me">` +
  `<link rel="preload" as="fetch" crossorigin href="${base}/api/v1/meta"></head><body></body></html>`
const demoIndex = '<!doctype html><html><head><link rel="modulepreload" href="/assets/a.js"></head></html>'
const connectSrc = (headers: Record<string, string>) =>
  /connect-src [^;]*/.exec(headers['Content-Security-Policy'])?.[0]

describe('apiBaseOfBuild', () => {
  it('reads the backend a live build calls from its preloads', () => {
    expect(apiBaseOfBuild(liveIndex('http://127.0.0.1:8787'))).toBe('http://127.0.0.1:8787')
    expect(apiBaseOfBuild(liveIndex('https://gateway.example.gov.cn/jyfb'))).toBe('https://gateway.example.gov.cn/jyfb')
    expect(apiBaseOfBuild(liveIndex(''))).toBe('')
    expect(apiBaseOfBuild(demoIndex)).toBeNull()
  })
})

describe('previewHeaders', () => {
  it('allows the backend the build calls, with VITE_API_BASE_URL unset', () => {
    const { headers, warning } = previewHeaders(liveIndex('http://127.0.0.1:8787'), undefined)
    expect(connectSrc(headers)).toBe("connect-src 'self' http://127.0.0.1:8787")
    expect(warning).toBeUndefined()
  })

  it('allows the build’s backend, not another one given at preview, and says so', () => {
    const { headers, warning } = previewHeaders(liveIndex('http://127.0.0.1:8787'), 'https://other.example')
    expect(connectSrc(headers)).toBe("connect-src 'self' http://127.0.0.1:8787")
    expect(warning).toMatch(
      /calls the backend at http:\/\/127\.0\.0\.1:8787, not VITE_API_BASE_URL=https:\/\/other\.example/,
    )
  })

  it('follows VITE_API_BASE_URL for a build that names no backend, and is the production CSP for a demo build', () => {
    expect(connectSrc(previewHeaders(demoIndex, 'https://api.example').headers)).toBe(
      "connect-src 'self' https://api.example",
    )
    expect(previewHeaders(demoIndex, undefined).headers['Content-Security-Policy']).toBe(contentSecurityPolicy())
    expect(previewHeaders(null, undefined).headers['Content-Security-Policy']).toBe(contentSecurityPolicy())
  })
})
