/**
 * The app is never indexed: the built index.html says noindex, and robots.txt (public/) disallows everything, both as
 * `vite preview` serves the demo build. tests/e2e/robots.nginx.spec.ts checks the same of deploy/nginx.conf.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { REPO } from './live/nginx'

test('vite preview serves robots.txt disallowing everything, and a noindex index.html', async ({ request }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  const text = await robots.text()
  expect(text).toBe(readFileSync(join(REPO, 'public/robots.txt'), 'utf8'))
  expect(text).toMatch(/^User-agent: \*\nDisallow: \/$/m)

  const index = await (await request.get('/')).text()
  expect(index).toMatch(/<meta name="robots" content="noindex"/)
})
