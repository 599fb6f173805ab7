/**
 * Live mode: the production build (mocks off, no msw in it) talking over the network to the mock backend
 * (`npm run mock:api`), under the production CSP. The backend's fault switch (mocks/http-server.ts) makes it fail
 * the ways a real one does; the production query client retries server errors and network failures twice (1 s, then
 * 2 s later) before a panel says so, and never retries a 4xx or a malformed answer.
 */
import { expect, test, type Page } from '@playwright/test'
import type { Endpoint, FaultKind } from '../../mocks/http-server'
import { messages } from '../../src/panel/messages'
import {
  axeViolations,
  CHART_SURFACE,
  expectedPersons,
  expectPublishedFigures,
  kpiValue,
  switchToEnglishAndExpectPublishedFigures,
  waitForDashboard,
} from './fixtures'
import { summarise, watchCspViolations } from './live/csp'
import { mockApi } from './live/mock-api'
import { API_ORIGIN } from './live/ports'

const zh = messages.zh
const en = messages.en
/** long enough for the first try and two retries, 1 s and 2 s apart */
const AFTER_RETRIES = { timeout: 15_000 }

let violations: string[] = []

test.beforeEach(async ({ page }) => {
  await mockApi.reset()
  violations = await watchCspViolations(page)
})

test.afterEach(async () => {
  await mockApi.reset()
  expect(summarise(violations), 'Content-Security-Policy violations').toEqual([])
})

type Panel = 'kpis' | 'trend' | 'targets' | 'regions' | 'channels'
const panel = (page: Page, id: Panel) =>
  id === 'kpis' ? page.locator('section.kpis') : page.locator(`figure[data-chart="${id}"]`)

/** A panel with its data and no message in it. */
async function expectPanelShowsData(page: Page, id: Panel) {
  if (id === 'kpis') {
    await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
    await expect(await kpiValue(page, '连续增长')).toHaveText('连续7个月')
  } else {
    await expect(panel(page, id).locator(CHART_SURFACE)).toBeVisible()
    await expect(panel(page, id).locator('.panel-summary')).toContainText('2024年')
  }
  await expect(panel(page, id).getByRole('alert')).toHaveCount(0)
}

test('the production build against the HTTP backend: the published figures in Chinese and English, demo badge', async ({
  page,
}) => {
  const apiCalls: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/')) apiCalls.push(r.url())
  })
  await page.goto('/')
  await waitForDashboard(page)
  // The mock backend's /meta says demo: true, so even the production build shows the badge.
  await expectPublishedFigures(page)

  await switchToEnglishAndExpectPublishedFigures(page)

  // The data came over the network from the configured backend, not from a service worker.
  expect(apiCalls.length).toBeGreaterThan(0)
  expect(apiCalls.every((u) => u.startsWith(`${API_ORIGIN}/api/v1/`))).toBe(true)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  // index.html preloads /me and /meta (as="fetch"), and the entry's own requests take those answers: each asked once.
  const html = await (await page.request.get('/')).text()
  for (const path of ['/me', '/meta']) {
    expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="${API_ORIGIN}/api/v1${path}">`)
  }
  expect(await mockApi.requests('me')).toBe(1)
  expect(await mockApi.requests('meta')).toBe(1)
})

test('a province in live mode shows its own numbers', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText(
    expectedPersons('total', '520000', '2024-08', 'zh'),
  )
})

test('backend down at load: the network message with 重试, then the dashboard once it is back', async ({ page }) => {
  await mockApi.down()
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(zh.errorNetwork, AFTER_RETRIES)
  await expect(page.locator('figure[data-chart]')).toHaveCount(0)

  await mockApi.up()
  await alert.getByRole('button', { name: zh.retry }).click()
  await waitForDashboard(page)
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
})

test('backend down after load: the panels that need new data say so, the rest stays; one 重试 and all recover', async ({
  page,
}) => {
  await page.goto('/')
  await waitForDashboard(page)
  // The ranking has its data before the backend goes (the panels draw as their answers come, in any order).
  await expect(panel(page, 'regions').locator(CHART_SURFACE)).toBeVisible()
  await mockApi.down()
  await page.getByLabel('地区').selectOption({ label: '贵州' })
  // The KPI cards, trend, targets and channels need 贵州's data; the ranking (all provinces, same month) is cached.
  for (const id of ['kpis', 'trend', 'targets', 'channels'] as const) {
    await expect(panel(page, id).getByRole('alert')).toContainText(zh.errorNetwork, AFTER_RETRIES)
  }
  await expect(panel(page, 'regions').locator(CHART_SURFACE)).toBeVisible()
  await expect(panel(page, 'regions').getByRole('alert')).toHaveCount(0)
  expect(await axeViolations(page), 'axe, with error states shown').toEqual([])

  await mockApi.up()
  // One 重试: its answer shows the backend back, and every other panel that failed asks again by itself, once
  // (src/app/recovery.ts).
  await panel(page, 'channels').getByRole('alert').getByRole('button', { name: zh.retry }).click()
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText(
    expectedPersons('total', '520000', '2024-08', 'zh'),
  )
  await expect(page.getByRole('heading', { name: '贵州脱贫人口务工就业月度趋势' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the browser offline: panels say the network is unreachable, with 重试, instead of waiting; back online, they mend', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitForDashboard(page)
  await context.setOffline(true)
  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(panel(page, 'channels').getByRole('alert')).toContainText(zh.errorNetwork, AFTER_RETRIES)
  await expect(panel(page, 'channels').getByRole('button', { name: zh.retry })).toBeEnabled()
  await expect(panel(page, 'channels')).toHaveAttribute('aria-busy', 'false')
  // Back online: the page asks again by itself (src/app/recovery.ts), no 重试 needed.
  await context.setOffline(false)
  await expect(panel(page, 'channels').locator('.panel-summary')).toContainText('贵州')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

const CASES: { fault: FaultKind; endpoint: Endpoint; failing: Panel[]; message: string; tries: number }[] = [
  { fault: '500', endpoint: 'regions', failing: ['regions'], message: zh.errorServer('500'), tries: 3 },
  { fault: '503', endpoint: 'channels', failing: ['channels'], message: zh.errorServer('503'), tries: 3 },
  { fault: 'network', endpoint: 'channels', failing: ['channels'], message: zh.errorNetwork, tries: 3 },
  { fault: 'malformed', endpoint: 'targets', failing: ['kpis', 'targets'], message: zh.errorFormat, tries: 1 },
  { fault: 'wrong-shape', endpoint: 'regions', failing: ['regions'], message: zh.errorFormat, tries: 1 },
  { fault: 'html', endpoint: 'channels', failing: ['channels'], message: zh.errorSignIn, tries: 1 },
  { fault: '401', endpoint: 'series', failing: ['kpis', 'trend'], message: zh.errorSession, tries: 1 },
  { fault: '403', endpoint: 'regions', failing: ['regions'], message: zh.errorForbidden, tries: 1 },
]

for (const { fault, endpoint, failing, message, tries } of CASES) {
  test(`${fault} on /${endpoint}: ${failing.join(' and ')} say so after ${tries} ${tries === 1 ? 'try' : 'tries'}, the rest keeps its numbers, 重试 mends it`, async ({
    page,
  }) => {
    await mockApi.fault(fault, endpoint)
    await page.goto('/')
    for (const id of failing) await expect(panel(page, id).getByRole('alert')).toContainText(message, AFTER_RETRIES)
    const healthy = (['kpis', 'trend', 'targets', 'regions', 'channels'] as const).filter((p) => !failing.includes(p))
    for (const id of healthy) await expectPanelShowsData(page, id)
    // The retry policy, counted where the requests arrive. Chromium itself sends a GET again when a connection
    // drops without an answer, so for a dropped connection only the lower bound is the app's.
    const arrived = await mockApi.requests(endpoint)
    if (fault === 'network') expect(arrived, 'requests that reached the backend').toBeGreaterThanOrEqual(tries)
    else expect(arrived, 'requests that reached the backend').toBe(tries)

    await mockApi.heal(endpoint)
    await panel(page, failing[failing.length - 1])
      .getByRole('alert')
      .getByRole('button', { name: zh.retry })
      .click()
    for (const id of ['kpis', 'trend', 'targets', 'regions', 'channels'] as const) await expectPanelShowsData(page, id)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
}

test('an HTML login page instead of /meta: the page says to sign in again, and recovers', async ({ page }) => {
  await mockApi.fault('html', 'meta')
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(zh.errorSignIn)
  await expect(page.locator('figure[data-chart]')).toHaveCount(0)
  await mockApi.heal('meta')
  await alert.getByRole('button', { name: zh.retry }).click()
  await waitForDashboard(page)
})

test('in English: 403 and 500 say so in English', async ({ page }) => {
  await mockApi.fault('403', 'regions')
  await mockApi.fault('500', 'channels')
  await page.goto('/?lang=en')
  await expect(panel(page, 'regions').getByRole('alert')).toContainText(en.errorForbidden)
  await expect(panel(page, 'channels').getByRole('alert')).toContainText(en.errorServer('500'), AFTER_RETRIES)
  await expect(await kpiValue(page, 'People in work')).toHaveText('32.953 million')
  expect(await axeViolations(page), 'axe, with error states shown').toEqual([])
  await mockApi.heal('regions')
  await mockApi.heal('channels')
  // One 重试: its answer shows the backend back, and the channels (a server error) are asked again by themselves.
  await panel(page, 'regions').getByRole('button', { name: en.retry }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(panel(page, 'channels').locator('.panel-summary')).toContainText('August 2024')
})

test('a slow backend: the dashboard PNG asked for while panels update waits for the new numbers', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  await mockApi.fault('slow', '*', 1500)
  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(page.locator('figure[aria-busy="true"]').first()).toBeVisible()
  // Records when the last panel stops being busy, and when the export hands over its file.
  await page.evaluate(() => {
    const w = window as unknown as { settledAt?: number; downloadedAt?: number }
    new MutationObserver((_, observer) => {
      if (document.querySelector('[aria-busy="true"]')) return
      w.settledAt = performance.now()
      observer.disconnect()
    }).observe(document.body, { subtree: true, attributes: true, childList: true })
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) w.downloadedAt = performance.now()
      return click.call(this)
    }
  })
  // Asked for while 贵州 loads, then the region changes again: the export waits, and names what it shows.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: '导出整页PNG' }).click()
      await page.getByLabel('地区').selectOption({ label: '云南' })
    })(),
  ])
  expect(download.suggestedFilename()).toBe('dashboard_530000_total_2024-01_2024-08_mom_zh.png')
  const { settledAt, downloadedAt } = await page.evaluate(() => {
    const w = window as unknown as { settledAt?: number; downloadedAt?: number }
    return { settledAt: w.settledAt, downloadedAt: w.downloadedAt }
  })
  expect(settledAt).toBeDefined()
  expect(downloadedAt).toBeGreaterThan(settledAt!)
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText(
    expectedPersons('total', '530000', '2024-08', 'zh'),
  )
})

test('a slow ranking: its old provinces cannot be clicked while it updates; a click after keeps the new category', async ({
  page,
}) => {
  await page.goto('/')
  await waitForDashboard(page)
  const ranking = panel(page, 'regions')
  await expect(ranking.getByRole('option', { name: '查看贵州' })).toBeVisible()
  await mockApi.fault('slow', 'regions', 1500)
  await page.getByLabel('类别').selectOption({ label: '易地扶贫搬迁脱贫人口' })
  await expect(ranking).toHaveAttribute('aria-busy', 'true')
  await expect(ranking.getByRole('heading', { name: /^各省份脱贫人口务工就业排名/ })).toBeVisible()
  // The old ranking is inert until it is current: a click on one of its provinces does nothing.
  await expect(ranking.locator('.chart-body')).toHaveAttribute('inert', '')
  await ranking.getByRole('option', { name: '查看贵州' }).click({ force: true })
  await expect(ranking).toHaveAttribute('aria-busy', 'false')
  expect(new URL(page.url()).searchParams.get('region')).toBeNull()
  await ranking.getByRole('option', { name: '查看贵州' }).click()
  await expect(page).toHaveURL(/region=520000/)
  await expect(page).toHaveURL(/category=relocated/)
})

test('a hung backend: the page says it is still waiting early, then times out once, at 15 s, with 重试', async ({
  page,
}) => {
  test.setTimeout(45_000)
  // /me hangs longer than the timeout (VITE_API_TIMEOUT_MS, 15 s by default, as this build has it).
  await mockApi.fault('slow', 'me', 40_000)
  const started = Date.now()
  await page.goto('/')
  await expect(page.getByText(zh.stillWaiting)).toBeVisible({ timeout: 6_000 })
  expect(Date.now() - started).toBeLessThan(7_000)
  await expect(page.getByRole('alert')).toContainText(zh.errorTimeout, { timeout: 20_000 })
  // One wait, not three (15 s + 1 s + 15 s + 2 s + 15 s): a timeout is not retried by itself.
  expect(Date.now() - started).toBeLessThan(20_000)
  expect(await mockApi.requests('me')).toBe(1)
  // 重试 goes out though the preload of /me still hangs in the browser (src/api/client.ts, `preloaded`).
  await mockApi.heal('me')
  await page.getByRole('alert').getByRole('button', { name: zh.retry }).click()
  await waitForDashboard(page)
})

test('a slow backend: loading skeletons, then the numbers', async ({ page }) => {
  await mockApi.fault('slow', '*', 1500)
  await page.goto('/')
  await expect(page.locator('[aria-busy="true"]').first()).toBeVisible()
  await waitForDashboard(page)
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
})
