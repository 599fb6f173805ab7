/**
 * The ranking by keyboard, as a single-select listbox (WAI-ARIA APG): one Tab stop for the 25 provinces, arrows,
 * Home and End move between them with a visible focus ring, Enter or Space chooses; the chosen one is marked.
 */
import { expect, test, type Page } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import { axeViolations, waitForDashboard } from './fixtures'

/** The provinces in the order the ranking shows them (by value at the as-of month), by Chinese name. */
function rankedNames(): string[] {
  const month = dataSet.months.indexOf(dataSet.asOf)
  return dataSet.regions
    .filter((r) => r.id !== dataSet.nationalId)
    .sort((a, b) => dataSet.values.total[b.id][month] - dataSet.values.total[a.id][month])
    .map((r) => r.name.zh)
}

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    return {
      role: el.getAttribute('role'),
      name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
      inRanking: Boolean(el.closest('figure[data-chart="regions"] [role="listbox"]')),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    }
  })
}

test('the ranking is one Tab stop; arrows, Home and End move between provinces; Enter and Space choose', async ({
  page,
}) => {
  const names = rankedNames()
  await page.goto('/?region=520000')
  await waitForDashboard(page)
  const ranking = page.locator('figure[data-chart="regions"]')
  const list = ranking.getByRole('listbox', { name: '各省份脱贫人口务工就业排名' })
  await expect(list.getByRole('option')).toHaveCount(25)

  // The Tab after the panel's tabs (its last tab stop before the chart) lands on the chosen province…
  await ranking.getByRole('tab', { name: '排名' }).focus()
  await page.keyboard.press('Tab')
  expect(await focused(page)).toEqual({ role: 'option', name: '查看贵州', inRanking: true, outline: true })
  // …and the next Tab leaves the ranking: one stop, not 25.
  await page.keyboard.press('Tab')
  expect((await focused(page))?.inRanking).toBe(false)
  await page.keyboard.press('Shift+Tab')
  expect((await focused(page))?.name).toBe('查看贵州')

  // Down and Up follow the ranking; Home and End go to its ends.
  const at = names.indexOf('贵州')
  await page.keyboard.press('ArrowDown')
  expect(await focused(page)).toEqual({ role: 'option', name: `查看${names[at + 1]}`, inRanking: true, outline: true })
  await page.keyboard.press('ArrowDown')
  expect((await focused(page))?.name).toBe(`查看${names[at + 2]}`)
  await page.keyboard.press('ArrowUp')
  expect((await focused(page))?.name).toBe(`查看${names[at + 1]}`)
  await page.keyboard.press('End')
  expect((await focused(page))?.name).toBe(`查看${names.at(-1)}`)
  await page.keyboard.press('ArrowDown') // stays on the last
  expect((await focused(page))?.name).toBe(`查看${names.at(-1)}`)
  await page.keyboard.press('Home')
  expect((await focused(page))?.name).toBe(`查看${names[0]}`)
  // On the first row Up stays there, and does not scroll the page either (the list takes the arrow keys).
  const scroll = await page.evaluate(() => window.scrollY)
  expect(scroll).toBeGreaterThan(0)
  await page.keyboard.press('ArrowUp')
  expect((await focused(page))?.name).toBe(`查看${names[0]}`)
  await page.waitForTimeout(100)
  expect(await page.evaluate(() => window.scrollY)).toBe(scroll)
  // Moving focus chooses nothing.
  await expect(page).toHaveURL(/region=520000/)

  // Enter chooses the focused province: the region filter follows, the choice is marked, focus stays.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const third = names[2]
  expect(third).not.toBe('贵州')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`region=${dataSet.regions.find((r) => r.name.zh === third)!.id}`))
  const chosen = list.getByRole('option', { name: `查看${third}` })
  await expect(chosen).toHaveAttribute('aria-selected', 'true')
  await expect(chosen).toHaveAttribute('aria-current', 'true')
  await expect(list.getByRole('option', { name: '查看贵州' })).toHaveAttribute('aria-selected', 'false')
  await expect(list.getByRole('option', { name: '查看贵州' })).not.toHaveAttribute('aria-current')
  await expect(list.locator('[aria-current]')).toHaveCount(1)
  await expect(chosen).toBeFocused()

  // Space chooses too; the list keeps its place in the Tab order at the province last focused.
  await page.keyboard.press('End')
  await page.keyboard.press(' ')
  await expect(page).toHaveURL(new RegExp(`region=${dataSet.regions.find((r) => r.name.zh === names.at(-1))!.id}`))
  await expect(list.getByRole('option', { name: `查看${names.at(-1)}` })).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Shift+Tab')
  expect((await focused(page))?.name).toBe(`查看${names.at(-1)}`)
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1)
})

test('with no province chosen the Tab stop is the first province; a letter jumps to the next name (en)', async ({
  page,
}) => {
  await page.goto('/?lang=en')
  await waitForDashboard(page)
  const ranking = page.locator('figure[data-chart="regions"]')
  const list = ranking.getByRole('listbox', { name: 'Provinces ranked: Poverty-alleviated employment' })
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(0)
  await ranking.getByRole('tab', { name: 'Ranking' }).focus()
  await page.keyboard.press('Tab')
  expect((await focused(page))?.name).toBe('Show Yunnan')
  await page.keyboard.press('h')
  const first = (await focused(page))?.name
  expect(first).toMatch(/^Show H/)
  await page.keyboard.press('h')
  const second = (await focused(page))?.name
  expect(second).toMatch(/^Show H/)
  expect(second).not.toBe(first)
  await expect(page).not.toHaveURL(/region=/)
})

for (const lang of ['zh', 'en'] as const) {
  test(`axe finds no violation in the ranking with a province chosen and focused (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&region=530000`)
    await waitForDashboard(page)
    await page.locator('figure[data-chart="regions"] [role="option"][aria-selected="true"]').focus()
    expect(await axeViolations(page)).toEqual([])
  })
}
