/**
 * The deployment as the ministry runs it: deploy/nginx.conf serving a build, here the demo build (its mock backend
 * in the page, so no backend is needed). Needs nginx installed (`apt-get install -y nginx`; .ci/run does it): the
 * test starts it on 127.0.0.1:8088 with a temporary prefix, and fails, saying so, when nginx is missing.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { contentSecurityPolicy, securityHeaders } from '../../deploy/csp'
import { kpiValue, waitForDashboard } from './fixtures'
import { summarise, watchCspViolations } from './live/csp'
import { findNginx, REPO, startNginx, type RunningNginx } from './live/nginx'
import { startMockApi } from '../../mocks/http-server'
import { DEMO_PORT, NGINX_API_PORT, NGINX_PORT } from './live/ports'

const BUILD = join(REPO, 'dist-nginx')

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A plain GET, with exactly the headers given (fetch would add Accept-Encoding and decompress). */
function get(path: string, headers: Record<string, string> = {}, port = NGINX_PORT): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

let nginx: RunningNginx | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  findNginx() // first: without nginx, say how to install it before spending time on a build
  // The demo build, of the code as it is now, into a folder of its own (dist/ belongs to the demo preview).
  execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: REPO,
    stdio: 'pipe',
  })
  // No JSON ships in the build; a probe shows how nginx would serve some (a backend proxied under /api/, say).
  writeFileSync(
    join(BUILD, 'probe.json'),
    JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ region: i, value: i * 1000 })) }),
  )
  nginx = await startNginx({ root: BUILD, port: NGINX_PORT })
})

test.afterAll(async () => {
  await nginx?.stop()
})

test('the dashboard, served by nginx, shows the published figures with no CSP violation', async ({ page }) => {
  const violations = await watchCspViolations(page)
  await page.goto('/')
  await waitForDashboard(page)
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
  await expect(await kpiValue(page, '连续增长')).toHaveText('连续7个月')
  await expect(page.getByText('演示数据', { exact: true })).toBeVisible()
  // The mock backend is a service worker here: worker-src 'self' lets it in.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1)

  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(page).toHaveURL(/region=520000/)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(await kpiValue(page, 'People in work')).toHaveText(/million$/)
  await page.getByRole('button', { name: 'Data table' }).first().click()
  await expect(page.locator('table.data-table').first()).toBeVisible()
  expect(summarise(violations)).toEqual([])
})

test('index.html: the CSP and security headers, revalidated on every load (no-cache)', async () => {
  for (const path of ['/', '/index.html', '/?region=520000']) {
    const answer = await get(path)
    expect(answer.status, path).toBe(200)
    expect(answer.headers['content-type'], path).toMatch(/^text\/html/)
    expect(answer.headers['cache-control'], path).toBe('no-cache')
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(answer.headers[name.toLowerCase()], `${path} ${name}`).toBe(value)
  }
  const first = await get('/')
  expect(first.headers.etag).toBeTruthy()
  expect((await get('/', { 'If-None-Match': String(first.headers.etag) })).status).toBe(304)
  expect(first.headers.server).toBe('nginx') // no version: server_tokens off
})

test('hashed /assets/ files: cached for a year, immutable, gzipped for browsers that accept it', async () => {
  const html = (await get('/')).body.toString('utf8')
  const js = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  const css = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1]
  expect(js, 'the entry script in index.html').toBeTruthy()
  expect(css, 'the stylesheet in index.html').toBeTruthy()

  for (const [path, type] of [
    [js!, /^(application|text)\/javascript/],
    [css!, /^text\/css/],
  ] as const) {
    const gzipped = await get(path, { 'Accept-Encoding': 'gzip' })
    expect(gzipped.status, path).toBe(200)
    expect(gzipped.headers['content-type'], path).toMatch(type)
    expect(gzipped.headers['cache-control'], path).toBe('public, max-age=31536000, immutable')
    expect(gzipped.headers['content-encoding'], path).toBe('gzip')
    expect(gzipped.headers.vary, path).toMatch(/Accept-Encoding/)
    expect(gzipped.headers['content-security-policy'], path).toBe(contentSecurityPolicy())

    const plain = await get(path)
    expect(plain.headers['content-encoding'], path).toBeUndefined()
    expect(gzipped.body.length, `${path} compressed`).toBeLessThan(plain.body.length / 2)
  }

  // A file that is not there is a 404 (not index.html, which a browser would then cache as a script for a year).
  const missing = await get('/assets/index-00000000.js', { 'Accept-Encoding': 'gzip' })
  expect(missing.status).toBe(404)
  expect(missing.headers['cache-control']).toBeUndefined()
  expect(missing.headers['content-security-policy']).toBe(contentSecurityPolicy())
})

test('JSON is gzipped too, and the mock service worker is revalidated like index.html', async () => {
  const sw = await get('/mockServiceWorker.js', { 'Accept-Encoding': 'gzip' })
  expect(sw.status).toBe(200)
  expect(sw.headers['content-type']).toMatch(/javascript/)
  expect(sw.headers['cache-control']).toBe('no-cache')
  expect(sw.headers['content-encoding']).toBe('gzip')
  const json = await get('/probe.json', { 'Accept-Encoding': 'gzip' })
  expect(json.headers['content-type']).toMatch(/^application\/json/)
  expect(json.headers['content-encoding']).toBe('gzip')
})

test('single-page fallback: a deep path answers index.html, and the app opens there', async ({ page }) => {
  const index = (await get('/index.html')).body
  for (const path of ['/some/deep/path', '/dashboard/520000?lang=en']) {
    const answer = await get(path)
    expect(answer.status, path).toBe(200)
    expect(answer.headers['content-type'], path).toMatch(/^text\/html/)
    expect(answer.headers['cache-control'], path).toBe('no-cache')
    expect(answer.body.equals(index), `${path} is index.html`).toBe(true)
  }
  const violations = await watchCspViolations(page)
  await page.goto('/some/deep/path?region=520000')
  await waitForDashboard(page)
  await expect(page.getByLabel('地区')).toHaveValue('520000')
  expect(summarise(violations)).toEqual([])
})

test('vite preview sends the same security headers as nginx', async () => {
  const preview = await get('/', {}, DEMO_PORT)
  for (const [name, value] of Object.entries(securityHeaders()))
    expect(preview.headers[name.toLowerCase()], name).toBe(value)
})

test('Export PNG works under the CSP without a single violation', async ({ page }) => {
  const violations = await watchCspViolations(page)
  await page.goto('/')
  await waitForDashboard(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出PNG' }).first().click()
  expect((await download).suggestedFilename()).toMatch(/\.png$/)
  await page.waitForTimeout(200)
  expect(summarise(violations)).toEqual([])
})

test("the file's same-origin /api/ block, switched on, serves the backend under the app's origin", async () => {
  // As the bench serves the live build (tests/bench/servers.ts): the block as written, pointed at the mock backend.
  const api = await startMockApi({ port: 0 })
  const proxied = await startNginx({ root: BUILD, port: NGINX_API_PORT, api: api.origin })
  try {
    const answer = await get('/api/v1/meta', { 'Accept-Encoding': 'gzip' }, NGINX_API_PORT)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(answer.headers['content-encoding']).toBe('gzip')
    const direct: unknown = await fetch(`${api.origin}/api/v1/meta`).then((r) => r.json())
    expect(JSON.parse(gunzipSync(answer.body).toString('utf8'))).toEqual(direct)
    // A failure reaches the app as the backend said it: status and problem+json.
    api.setFault('503', 'meta')
    const failed = await get('/api/v1/meta', {}, NGINX_API_PORT)
    expect(failed.status).toBe(503)
    expect(failed.headers['content-type']).toMatch(/^application\/problem\+json/)
    // The app itself is served as before, its CSP unchanged: the backend is 'self' now.
    const index = await get('/', {}, NGINX_API_PORT)
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy())
  } finally {
    await proxied.stop()
    await api.close()
  }
})
