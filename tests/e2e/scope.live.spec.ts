/**
 * The signed-in user's scope, in the production build against the HTTP mock backend (live project): the fault
 * switch signs another user in, and prism, between it and the fault-free backend, checks every /me and every
 * answer for that user against docs/openapi.json.
 */
import { expect, test, type Page } from '@playwright/test'
import { MOCK_USERS } from '../../mocks/data/users'
import { messages } from '../fixtures/messages'
import { axeViolations, expectedPersons, kpiValue, waitForDashboard } from './fixtures'
import { mockApi } from './live/mock-api'

const zh = messages.zh
const en = messages.en
const HENAN = '410000'

test.beforeEach(() => mockApi.reset())
test.afterEach(() => mockApi.reset())

/** The region of every API request the page makes. */
function regionsAsked(page: Page): string[] {
  const asked: string[] = []
  page.on('request', (r) => {
    const region = new URL(r.url()).searchParams.get('region')
    if (r.url().includes('/api/v1/') && region) asked.push(region)
  })
  return asked
}

test('河南’s provincial office: its province only, in both languages; a link to another region is refused, never asked', async ({
  page,
}) => {
  await mockApi.signIn('henan')
  const asked = regionsAsked(page)
  await page.goto('/?region=520000&category=relocated')
  await expect(page.getByRole('alert').filter({ hasText: zh.noPermissionRegion('河南') })).toBeVisible()
  await waitForDashboard(page)
  await expect(await kpiValue(page, '易地扶贫搬迁脱贫人口务工就业规模')).toHaveText(
    expectedPersons('relocated', HENAN, '2024-08', 'zh'),
  )
  await expect(page).toHaveURL(/\?category=relocated$/)
  await expect(page.getByText(zh.signedIn(MOCK_USERS.henan.name, '河南'))).toBeVisible()
  await expect(page.getByLabel('地区').locator('option')).toHaveText(['河南'])
  // Provinces cannot be compared within one province: the panel says why, and ranks nothing.
  await expect(page.locator('figure[data-chart="regions"]')).toContainText(zh.regionsNeedFullScope('河南'))
  expect(asked.length).toBeGreaterThan(0)
  expect(new Set(asked)).toEqual(new Set([HENAN]))
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByText(en.signedIn(MOCK_USERS.henan.name, 'Henan'))).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: en.noPermissionRegion('Henan') })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('a 401, then someone else signs in: the page asks for a sign-in, and the next user sees only their own figures', async ({
  page,
}) => {
  await page.goto('/')
  await waitForDashboard(page)
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')

  await mockApi.fault('401')
  await page.getByLabel('类别').selectOption('relocated')
  // The panels say so first; then /me, asked again, answers 401 too, and the whole page asks for a sign-in.
  const page401 = page.locator('main.page-status').getByRole('alert')
  await expect(page401).toContainText(zh.errorSession)
  await expect(page.locator('section.kpis')).toHaveCount(0)

  await mockApi.heal()
  await mockApi.signIn('henan')
  await page401.getByRole('button', { name: zh.retry }).click()
  await expect(page.getByText(zh.signedIn(MOCK_USERS.henan.name, '河南'))).toBeVisible()
  await expect(await kpiValue(page, '易地扶贫搬迁脱贫人口务工就业规模')).toHaveText(
    expectedPersons('relocated', HENAN, '2024-08', 'zh'),
  )
  await expect(page.getByText('3295.3万')).toHaveCount(0)
})
