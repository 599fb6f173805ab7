import { expect, test } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import {
  expectedPersons,
  expectPublishedFigures,
  kpiValue,
  switchToEnglishAndExpectPublishedFigures,
  waitForDashboard,
  watchForErrors,
} from './fixtures'

const AS_OF = dataSet.asOf

test('opens in Chinese with the published figures, then in English', async ({ page }) => {
  const errors = watchForErrors(page)
  await page.goto('/')
  await waitForDashboard(page)
  await expectPublishedFigures(page)
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true })

  await switchToEnglishAndExpectPublishedFigures(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(errors).toEqual([])
})

test('a province picked by name: its numbers, kept on reload, back returns to 全国, language keeps the view', async ({
  page,
}) => {
  const errors = watchForErrors(page)
  await page.goto('/')
  await waitForDashboard(page)

  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(page).toHaveURL(/region=520000/)
  const guizhou = expectedPersons('total', '520000', AS_OF, 'zh')
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText(guizhou)
  await expect(page.getByRole('heading', { name: '贵州脱贫人口务工就业月度趋势' })).toBeVisible()

  await page.reload()
  await waitForDashboard(page)
  await expect(page.getByLabel('地区')).toHaveValue('520000')
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText(guizhou)

  await page.goBack()
  await expect(page).not.toHaveURL(/region=/)
  await expect(page.getByLabel('地区')).toHaveValue(dataSet.regionIds[0])
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')

  await page.goForward()
  await expect(page.getByLabel('地区')).toHaveValue('520000')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByLabel('Region')).toHaveValue('520000')
  await expect(await kpiValue(page, 'People in work')).toHaveText(expectedPersons('total', '520000', AS_OF, 'en'))
  expect(errors).toEqual([])
})

test('clicking a province in the ranking selects it; so does Enter on its name', async ({ page }) => {
  await page.goto('/?category=key_county')
  await waitForDashboard(page)
  const ranking = page.locator('figure[data-chart="regions"]')
  await ranking.getByRole('option', { name: '查看云南' }).click()
  await expect(page).toHaveURL(/region=530000/)
  await expect(await kpiValue(page, '重点帮扶县脱贫人口务工就业规模')).toHaveText(
    expectedPersons('key_county', '530000', AS_OF, 'zh'),
  )

  await ranking.getByRole('option', { name: '查看四川' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/region=510000/)
})

test('the ranking draws each province as long as its value, left of zero when it fell', async ({ page }) => {
  await page.goto('/?region=530000')
  await waitForDashboard(page)
  const ranking = page.locator('figure[data-chart="regions"]')
  const bars = async () =>
    ranking.locator('rect[data-bar]').evaluateAll((rects) =>
      rects.map((r) => {
        const box = r.getBoundingClientRect()
        return { left: box.left, right: box.right, width: box.width }
      }),
    )
  const month = dataSet.months.indexOf(AS_OF)
  const provinces = dataSet.regions.filter((r) => r.id !== dataSet.nationalId)
  const values = provinces.map((r) => dataSet.values.total[r.id][month]).sort((a, b) => b - a)
  const drawn = await bars()
  expect(drawn).toHaveLength(values.length)
  // Widths in proportion to the values (to a pixel), the longest first: the scale starts at zero.
  for (const [i, bar] of drawn.entries()) {
    expect(Math.abs(bar.width / drawn[0].width - values[i] / values[0]) * drawn[0].width).toBeLessThan(1)
  }

  // Ranked by month-on-month change: bars of provinces that fell end at zero, where the risers start.
  await ranking.getByRole('combobox').selectOption('change')
  const changes = provinces
    .map((r) => dataSet.values.total[r.id][month] - dataSet.values.total[r.id][month - 1])
    .sort((a, b) => b - a)
  expect(changes[0]).toBeGreaterThan(0)
  expect(changes.at(-1)).toBeLessThan(0)
  const byChange = await bars()
  const zero = byChange[0].left
  for (const [i, bar] of byChange.entries()) {
    if (changes[i] > 0) expect(bar.left).toBeCloseTo(zero, 0)
    if (changes[i] < 0) expect(bar.right).toBeCloseTo(zero, 0)
  }
  const last = byChange.at(-1)!
  expect(Math.abs(last.width / byChange[0].width - -changes.at(-1)! / changes[0]) * byChange[0].width).toBeLessThan(1)
})

test('after a filter change the charts are drawn at once: nothing moves once the new numbers are there', async ({
  page,
}) => {
  // Protects the charts being drawn without animation (Recharts animates bars and lines from zero by default, over
  // 400 ms or more): once a panel shows the new view's numbers, its shapes are already where they end up.
  await page.goto('/')
  await waitForDashboard(page)
  await page.getByLabel('地区').selectOption({ label: '贵州' })
  await expect(page.locator('figure[data-chart="channels"] .panel-summary')).toContainText('贵州')
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const geometry = () =>
    page.locator('figure[data-chart] svg[data-surface] :is(path[data-series], rect[data-bar])').evaluateAll((shapes) =>
      shapes.map((s) => ({
        what: s.getAttribute('data-series') ?? s.getAttribute('data-bar'),
        at: s.getAttribute('d') ?? ['x', 'y', 'width', 'height'].map((a) => s.getAttribute(a)).join(','),
        size: s.getBoundingClientRect().width,
      })),
    )
  const drawn = await geometry()
  // Every shape the new view has is there: a bar per category with a target (3), per province (25) and per channel
  // (5), and the trend's lines; none is still a sliver growing from zero.
  const bars = drawn.filter((s) => !['value', 'previousYear', 'target', 'streak'].includes(s.what!))
  expect(bars).toHaveLength(3 + dataSet.regions.filter((r) => r.id !== dataSet.nationalId).length + 5)
  expect(drawn.filter((s) => s.what === 'value')).toHaveLength(1)
  for (const shape of drawn) expect(shape.size, `${shape.what} drawn`).toBeGreaterThan(1)
  // Anything still animating would change within 300 ms, the longest animation the budget allows.
  await page.waitForTimeout(300)
  expect(await geometry()).toEqual(drawn)
})

test('a hostile link falls back to defaults with a notice, and echoes nothing', async ({ page }) => {
  const errors = watchForErrors(page)
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">')
  await page.goto(`/?region=${hostile}&from=2024-07&to=2024-02&category=${'x'.repeat(5000)}`)
  await waitForDashboard(page)
  const notice = page.getByRole('alert').filter({ hasText: '链接中的部分参数无效' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('地区')
  await expect(notice).toContainText('类别')
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(page.locator('body')).not.toContainText('onerror')
  await notice.getByRole('button', { name: '关闭' }).click()
  await expect(notice).toHaveCount(0)
  expect(errors).toEqual([])
})
