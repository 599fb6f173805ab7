/**
 * The page's own Content-Security-Policy and the backend it calls (issue 29, item 21): a build made with
 * VITE_API_BASE_URL on another origin, served by `vite preview` run without it, is served with a CSP that lets it call
 * that backend (vite.config.ts reads the backend from the build); and under a CSP that does not (an nginx header left
 * unedited), the page says that its security policy blocked the call to that origin and how to fix it, instead of
 * "the backend is unreachable".
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { expect, test } from '@playwright/test'
import { contentSecurityPolicy } from '../../deploy/csp'
import { messages } from '../../src/panel/messages'
import { expectPublishedFigures, waitForDashboard } from './fixtures'
import { summarise, watchCspViolations } from './live/csp'
import { mockApi } from './live/mock-api'
import { API_ORIGIN } from './live/ports'

const zh = messages.zh
const en = messages.en

test.beforeEach(async () => {
  await mockApi.reset()
})

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** `vite preview` of the live build (dist-live, made by the live project's webServer) without VITE_API_BASE_URL. */
async function previewWithoutBaseUrl(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  const env = { ...process.env }
  delete env.VITE_API_BASE_URL
  delete env.VITE_API_MOCKING
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', 'dist-live', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { env, stdio: 'ignore', detached: true },
  )
  const origin = `http://127.0.0.1:${port}`
  const stop = () => {
    if (child.pid) process.kill(-child.pid)
  }
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`vite preview did not start on ${origin}`)
}

test('vite preview without VITE_API_BASE_URL serves a live build with a CSP naming the backend it calls', async ({
  page,
}) => {
  const preview = await previewWithoutBaseUrl()
  try {
    const response = await fetch(preview.origin)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`connect-src 'self' ${API_ORIGIN};`)
    const violations = await watchCspViolations(page)
    await page.goto(preview.origin)
    await waitForDashboard(page)
    await expectPublishedFigures(page)
    expect(summarise(violations), 'Content-Security-Policy violations').toEqual([])
  } finally {
    preview.stop()
  }
})

for (const lang of ['zh', 'en'] as const) {
  test(`a CSP without the backend's origin: the page says its security policy blocked the call, and how to fix it (${lang})`, async ({
    page,
  }) => {
    // The production headers as nginx sends them when its CSP was not edited for a backend on another origin.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch()
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicy() },
        })
      },
    )
    await page.goto(lang === 'en' ? '/?lang=en' : '/')
    const alert = page.getByRole('alert')
    const t = lang === 'en' ? en : zh
    await expect(alert).toContainText(t.errorBlocked(API_ORIGIN))
    await expect(alert).not.toContainText(t.errorNetwork)
    await expect(alert.getByRole('button', { name: t.retry })).toBeVisible()
    // Refused by the browser: nothing reached the backend.
    expect(await mockApi.requests('me')).toBe(0)
    expect(await mockApi.requests('meta')).toBe(0)
  })
}
