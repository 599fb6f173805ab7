/**
 * The production Content-Security-Policy and the other security headers, in one place. `vite preview` sends them
 * (vite.config.ts, `preview.headers`); deploy/nginx.conf carries the same policy as a literal string, and the nginx
 * end-to-end test checks that the two agree.
 *
 * Why each source is allowed:
 * - script-src 'self': the build is one module script and its chunks; no inline script, no eval (valibot, React,
 *   TanStack Query and Recharts need none; the tests count violations).
 * - style-src 'self': the stylesheet is a file. React and Recharts set style through the CSSOM (element.style),
 *   which CSP does not govern, so 'unsafe-inline' is not needed; the tests would see a violation if it were.
 * - img-src 'self' data: blob: the page's `<link rel="icon" href="data:,">` and the PNG export, which draws the
 *   chart's SVG through an image made from a data: or blob: URL.
 * - connect-src 'self' plus the API origin when the backend lives elsewhere (VITE_API_BASE_URL).
 * - worker-src 'self': the demo build's mock backend is a service worker (mockServiceWorker.js).
 * - object-src 'none', base-uri 'none', form-action 'self', frame-ancestors 'none': nothing to embed, no <base>,
 *   no posting elsewhere, not to be framed (clickjacking).
 */

export interface CspOptions {
  /** where the backend is, when not on the page's origin: "https://jyfb.example.gov.cn" or a URL under it */
  apiBaseUrl?: string
}

/** The origin of an absolute API base URL; nothing for an empty or relative one (the page's own origin). */
export function apiOrigin(apiBaseUrl: string | undefined): string | null {
  if (!apiBaseUrl || !/^https?:\/\//i.test(apiBaseUrl)) return null
  return new URL(apiBaseUrl).origin
}

/**
 * The API base a built index.html calls, from its preloads of /me and /meta (vite.config.ts writes them into every
 * build with the mock backend off): `http://127.0.0.1:8787` for `<link rel="preload" as="fetch" …
 * href="http://127.0.0.1:8787/api/v1/me">`; null when it has none (a demo build, or one calling its own origin).
 */
export function apiBaseOfBuild(indexHtml: string): string | null {
  for (const [link] of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\bas="fetch"/i.test(link)) continue
    const href = /\bhref="([^"]*)"/i.exec(link)?.[1]
    const base = href?.match(/^(.*)\/api\/v1\/[^/]+$/)?.[1]
    if (base !== undefined) return base
  }
  return null
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const api = apiOrigin(options.apiBaseUrl)
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(api ? [api] : [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

/** Every header the static site is served with, besides caching (which depends on the file: see nginx.conf). */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}
