/**
 * deploy/nginx.conf serves robots.txt as the file it is (text/plain, revalidated, with the security headers), and a
 * build without one gets a 404, never index.html: a crawler would read an HTML page there as "no rules". Runs the
 * deployment file on a folder holding public/robots.txt and the source index.html, so it needs no build.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { securityHeaders } from '../../deploy/csp'
import { REPO, startNginx, type RunningNginx } from './live/nginx'
import { NGINX_PORT } from './live/ports'

const root = mkdtempSync(join(tmpdir(), 'eam-robots-'))
let nginx: RunningNginx | undefined

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  copyFileSync(join(REPO, 'public/robots.txt'), join(root, 'robots.txt'))
  copyFileSync(join(REPO, 'index.html'), join(root, 'index.html'))
  nginx = await startNginx({ root, port: NGINX_PORT })
})

test.afterAll(async () => {
  await nginx?.stop()
  rmSync(root, { recursive: true, force: true })
})

test('robots.txt: the file, as text, revalidated, with the security headers; index.html says noindex', async ({
  request,
}) => {
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  expect(robots.headers()['cache-control']).toBe('no-cache')
  for (const [name, value] of Object.entries(securityHeaders()))
    expect(robots.headers()[name.toLowerCase()]).toBe(value)
  expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m)
  expect(await (await request.get('/')).text()).toMatch(/<meta name="robots" content="noindex"/)
})

test('a build without robots.txt: 404, not index.html', async ({ request }) => {
  rmSync(join(root, 'robots.txt'))
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(404)
  expect(await robots.text()).not.toContain('<div id="root">')
})
