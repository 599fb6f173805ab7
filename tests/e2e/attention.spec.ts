/** Needs attention in a real browser: the list in both languages, a signal opening its province, the CSV. */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { messages } from '../../src/features/attention/messages'
import { axeViolations, waitForDashboard } from './fixtures'

const panel = (page: import('@playwright/test').Page) => page.locator('figure[data-chart="attention"]')

for (const lang of ['zh', 'en'] as const) {
  test(`the Needs attention list, most severe first, and axe finds nothing (${lang})`, async ({ page }) => {
    const t = messages[lang]
    await page.goto(lang === 'en' ? '/?lang=en' : '/')
    await waitForDashboard(page)
    const items = panel(page).locator('.attention-list > li')
    await expect(items.first()).toContainText(t.attentionRule.reportMissing)
    await expect(items.first().locator('.severity-badge')).toHaveText(t.attentionSeverity.high)
    const count = await items.count()
    expect(count).toBeGreaterThan(10)
    const summary = (await panel(page).locator('.panel-summary').textContent()) ?? ''
    expect(summary).toContain(String(count))
    // the first items whole, the rest folded with how many there are, so the charts below stay where the shell put them
    const box = await panel(page).locator('.chart-body').boundingBox()
    expect(box!.height).toBeLessThanOrEqual(240)
    const more = panel(page).getByRole('button', { name: t.attentionMore(count - 8) })
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(items.filter({ visible: true })).toHaveCount(8)
    await more.click()
    await expect(items.filter({ visible: true })).toHaveCount(count)
    await panel(page)
      .getByRole('button', { name: t.attentionFewer(8) })
      .click()
    await expect(items.filter({ visible: true })).toHaveCount(8)
    await panel(page).getByText(t.attentionHow).click()
    await expect(panel(page).locator('.attention-how li')).toHaveCount(7)
    expect(await axeViolations(page)).toEqual([])
  })
}

test('a signal opens its province and category; the panel then lists that province alone', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  await panel(page)
    .getByRole('link', { name: /湖南易地扶贫搬迁脱贫人口务工就业规模完成年度目标任务/ })
    .click()
  await expect(page).toHaveURL(/region=430000/)
  await expect(page).toHaveURL(/category=relocated/)
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('430000')
  await expect(panel(page).locator('.panel-summary')).toContainText('湖南')
  const texts = await panel(page).locator('.attention-list > li').allTextContents()
  expect(texts.length).toBeGreaterThan(0)
  expect(texts.every((text) => text.includes('湖南'))).toBe(true)
  await page.goBack()
  await expect(page.getByRole('combobox', { name: '地区' })).toHaveValue('000000')
})

test('the list exports as CSV with its numbers, safe against formulas', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  await expect(panel(page).locator('.attention-list > li').first()).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: messages.zh.exportCsv }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^attention_000000_total_2024-01_2024-08_mom_zh\.csv$/)
  const text = readFileSync(await download.path(), 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const lines = text.slice(1).trimEnd().split('\r\n')
  expect(lines[0]).toMatch(/^严重程度,地区,类别,规则,/)
  expect(lines[1]).toMatch(/^高,西藏,就业帮扶车间,尚未上报,,/)
  const rows = await panel(page).locator('.attention-list > li').count()
  expect(lines).toHaveLength(rows + 1)
  // a negative change is a number, not text a spreadsheet would run: no cell starts with =, +, - or @ unquoted
  expect(lines.slice(1).every((l) => !/(^|,)'?[=+@]/.test(l))).toBe(true)
})

// A province's few signals, at 1024 px and at 720 px (200% zoom of 1440): every item whole, none cut by a scroll box.
for (const [width, url] of [
  [1024, '/?lang=en&region=430000'],
  [720, '/?lang=en&region=150000'],
  [1024, '/?region=620000'],
  [720, '/?region=420000'],
] as const) {
  test(`every Needs attention item is whole at ${width} px (${url})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(url)
    await waitForDashboard(page)
    const list = panel(page).locator('.attention-list')
    const items = list.locator('> li')
    expect(await items.count()).toBeGreaterThan(0)
    const cut = await panel(page).evaluate((figure) => {
      const body = figure.querySelector('.chart-body')!.getBoundingClientRect()
      const clipped = [...figure.querySelectorAll('.attention-list, .chart-body, .chart-plot')].filter(
        (e) => e.scrollHeight > e.clientHeight + 1,
      )
      const outside = [...figure.querySelectorAll('.attention-list > li')].filter((li) => {
        const r = li.getBoundingClientRect()
        return r.height > 0 && (r.bottom > body.bottom + 0.5 || r.top < body.top - 0.5)
      })
      return { clipped: clipped.map((e) => e.className), outside: outside.map((li) => li.textContent) }
    })
    expect(cut).toEqual({ clipped: [], outside: [] })
  })
}
