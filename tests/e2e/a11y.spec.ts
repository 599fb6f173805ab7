import { expect, test } from '@playwright/test'
import { axeViolations as violations, waitForDashboard } from './fixtures'

for (const lang of ['zh', 'en'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation (${lang}), with a data table open`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/?lang=en' : '/')
    await waitForDashboard(page)
    expect(await violations(page)).toEqual([])
    await page
      .locator('figure[data-chart="trend"]')
      .getByRole('button', { name: lang === 'en' ? 'Data table' : '数据表' })
      .click()
    await expect(page.locator('figure[data-chart="trend"] table')).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
}

test('axe finds no violation with the invalid-link notice and an empty panel shown', async ({ page }) => {
  // Henan has no key assistance counties: the trend panel says so instead of drawing zeros.
  await page.goto('/?region=410000&category=key_county&compare=sideways')
  await waitForDashboard(page)
  await expect(page.locator('figure[data-chart="trend"]').getByRole('status')).toHaveText(
    '不适用：河南不涉及重点帮扶县。',
  )
  await expect(page.getByRole('alert').filter({ hasText: '链接中的部分参数无效' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('every control is reachable by keyboard, with a visible focus ring', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  const reached = new Set<string>()
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''
      return {
        key: `${el.tagName}:${label}`.slice(0, 60),
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      }
    })
    if (!focused) continue
    expect(focused.outline, `focus ring on ${focused.key}`).toBe(true)
    reached.add(focused.key)
  }
  const keys = [...reached].join('\n')
  for (const expected of ['SELECT', 'English', '数据表', '导出PNG', '导出CSV', '导出整页PNG', '查看云南']) {
    expect(keys).toContain(expected)
  }
  // the compare radios are reachable too (a radio group takes one Tab stop)
  expect(keys).toMatch(/INPUT/)
})

test('skip links reach every panel: the trend chart is a few Tab presses from the top, not forty-eight', async ({
  page,
}) => {
  await page.goto('/?lang=en')
  await waitForDashboard(page)
  const active = () =>
    page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      id: document.activeElement?.id ?? '',
      role: document.activeElement?.getAttribute('role') ?? '',
    }))
  // the skip links come first, in the page's order
  const names: string[] = []
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab')
    names.push((await active()).text)
  }
  expect(names).toEqual([
    'Skip to main content',
    'Skip to Needs attention',
    'Skip to the monthly trend',
    'Skip to the provinces',
    'Skip to the annual targets',
    'Skip to where people work',
  ])
  // the trend's link moves the focus to its panel; its chart is then a few Tabs on (past the panel's own controls)
  await page.getByRole('link', { name: 'Skip to the monthly trend' }).focus()
  await page.keyboard.press('Enter')
  expect((await active()).id).toBe('panel-trend')
  let presses = 0
  while ((await active()).role !== 'application' && presses < 10) {
    await page.keyboard.press('Tab')
    presses += 1
  }
  expect((await active()).role).toBe('application')
  expect(presses).toBeLessThanOrEqual(6)
})
