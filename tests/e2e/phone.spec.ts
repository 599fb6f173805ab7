/**
 * The dashboard on a phone (the phone-390 and phone-360 projects: iPhone-sized viewports with touch, isMobile and
 * device scale 3; playwright.config.ts), in both languages: the page never scrolls sideways, the headline figures are
 * in the first screen, axe finds nothing, the filters work by tap from their sheet, a tap reads a month and chooses a
 * province, and inside WeChat's browser an exported PNG opens as an image to press and hold, with no download.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { messages as app } from '../../src/app/messages'
import { messages as exportLines } from '../../src/export/messages'
import { messages as filters } from '../../src/features/filters/messages'
import { messages as panel } from '../../src/panel/messages'
import { messages as regions } from '../../src/features/regions/messages'
import { axeViolations, waitForDashboard } from './fixtures'

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 ' +
  'Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64'

const LANGS = ['zh', 'en'] as const
const url = (lang: 'zh' | 'en', query = '') => `/?${lang === 'en' ? 'lang=en&' : ''}${query}`

async function open(page: Page, lang: 'zh' | 'en', query = '') {
  await page.goto(url(lang, query))
  await waitForDashboard(page)
}

const search = (page: Page) => new URL(page.url()).searchParams

for (const lang of LANGS) {
  test(`(${lang}) no sideways scroll, the headline figures in the first screen, no text under 12 px, axe clean`, async ({
    page,
  }) => {
    await open(page, lang)
    const viewport = page.viewportSize()!
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(clientWidth).toBe(viewport.width)
    expect(scrollWidth, 'the page does not scroll sideways').toBe(viewport.width)

    // every headline figure is read without scrolling
    const values = page.locator('.kpi-value')
    await expect(values).toHaveCount(4)
    for (const box of await values.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(box.bottom, 'a headline figure in the first screen').toBeLessThanOrEqual(viewport.height)
      expect(box.right).toBeLessThanOrEqual(viewport.width)
    }

    // no text under 12 px, in the page or in its charts
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement | SVGElement>('#root *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, .skip-link, [hidden]'))
        .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) }))
        .filter(({ size }) => size < 12),
    )
    expect(small).toEqual([])

    // buttons and lists to choose from are large enough to tap: 44 px tall where they stand alone
    const targets = await page
      .locator('#root button:visible, #root select:visible')
      .evaluateAll((els) =>
        els.map((e) => ({ text: e.textContent?.slice(0, 20), ...e.getBoundingClientRect().toJSON() })),
      )
    for (const t of targets) {
      expect(t.height, `${t.text} tall enough to tap`).toBeGreaterThanOrEqual(44)
      expect(t.width, `${t.text} wide enough to tap`).toBeGreaterThanOrEqual(24)
    }

    expect(await axeViolations(page)).toEqual([])

    // a data table scrolls inside its panel, never the page
    const regions = page.locator('figure[data-chart="regions"]')
    await regions.getByRole('button', { name: panel[lang].dataTable, exact: true }).tap()
    await expect(regions.locator('table')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width)
  })

  test(`(${lang}) the filters open in a sheet by tap, and each change is the URL`, async ({ page }) => {
    await open(page, lang)
    const t = filters[lang]
    const toggle = page.getByRole('button', { name: new RegExp(`^${t.filtersButton}`) })
    const sheet = page.getByRole('form', { name: t.filters })
    await expect(sheet).toBeHidden()
    await toggle.tap()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(sheet).toBeVisible()
    expect(await axeViolations(page)).toEqual([])

    await sheet.getByRole('combobox', { name: t.region }).selectOption('530000')
    await expect.poll(() => search(page).get('region')).toBe('530000')
    await sheet.getByRole('combobox', { name: t.category }).selectOption('key_county')
    await expect.poll(() => search(page).get('category')).toBe('key_county')
    await sheet.getByText(t.compareYoy, { exact: true }).tap()
    await expect.poll(() => search(page).get('compare')).toBe('yoy')

    await sheet.getByRole('button', { name: t.filtersDone }).tap()
    await expect(sheet).toBeHidden()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    // the button says the view now shown
    await expect(toggle).toContainText(lang === 'zh' ? '云南' : 'Yunnan')
    await waitForDashboard(page)
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(scrollWidth).toBe(clientWidth)
  })

  test(`(${lang}) a tap reads a month on the trend, a tap elsewhere closes it; a tap on a bar or a tile chooses a province`, async ({
    page,
  }) => {
    await open(page, lang)
    const reader = page.locator('figure[data-chart="trend"] [role="application"]')
    await reader.scrollIntoViewIfNeeded()
    const box = (await reader.boundingBox())!
    await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2)
    const tooltip = page.locator('figure[data-chart="trend"] .chart-tooltip')
    await expect(tooltip).toBeVisible()
    await page.locator('.page-footer p').first().tap()
    await expect(tooltip).toBeHidden()

    // the ranking: a tap on Yunnan's row chooses it, as a click does; every row is at least 24 px tall
    const name = lang === 'zh' ? '云南' : 'Yunnan'
    const ranking = page.locator('figure[data-chart="regions"]').getByRole('listbox')
    const rows = await ranking
      .getByRole('option')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))
    expect(rows).toHaveLength(25)
    for (const height of rows) expect(height).toBeGreaterThanOrEqual(24)
    await ranking.getByRole('option', { name: regions[lang].regionsSelect(name) }).tap()
    await expect.poll(() => search(page).get('region')).toBe('530000')

    // the tile map: every tile can be tapped, and a tap chooses its province
    await open(page, lang, 'provinces=map')
    const tile = page.locator('figure[data-chart="regions"] [data-tile="520000"]')
    const tileBox = (await tile.boundingBox())!
    expect(tileBox.width).toBeGreaterThanOrEqual(24)
    expect(tileBox.height).toBeGreaterThanOrEqual(24)
    await tile.tap()
    await expect.poll(() => search(page).get('region')).toBe('520000')
  })

  test(`(${lang}) with the text enlarged to 200% (page zoom: half the width) the page reflows without sideways scroll`, async ({
    page,
  }) => {
    const { width, height } = page.viewportSize()!
    await page.setViewportSize({ width: width / 2, height: height / 2 })
    await open(page, lang)
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(scrollWidth).toBe(clientWidth)
    // everything within the width: the figures, the Filters button, every panel
    const boxes = await page
      .locator('.kpi-value, .filter-toggle, figure[data-chart]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))
    expect(boxes.length).toBeGreaterThanOrEqual(10)
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(width / 2)
    }
  })

  test.describe('inside WeChat', () => {
    test.use({ userAgent: WECHAT_UA })

    test(`(${lang}) Export PNG opens the picture to press and hold; nothing is downloaded`, async ({ page }) => {
      const downloads: string[] = []
      page.on('download', (d) => downloads.push(d.suggestedFilename()))
      await open(page, lang)
      const said = exportLines[lang]

      // a chart
      const targets = page.locator('figure[data-chart="targets"]')
      await targets.getByRole('button', { name: panel[lang].exportPng, exact: true }).tap()
      const dialog = page.getByRole('dialog', { name: said.pressAndHold })
      await expect(dialog).toBeVisible()
      const image = dialog.getByRole('img')
      await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0)
      await dialog.getByRole('button', { name: said.closeImage }).tap()
      await expect(dialog).toBeHidden()

      // CSV: no file, and the way to the system browser said
      await targets.getByRole('button', { name: panel[lang].exportCsv, exact: true }).tap()
      await expect(targets.getByRole('alert')).toHaveText(panel[lang].downloadInWeChat)

      // the whole dashboard, in its phone form: one column, 750 pixels wide
      await page.getByRole('button', { name: app[lang].exportDashboard, exact: true }).tap()
      await expect(dialog).toBeVisible({ timeout: 20_000 })
      await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(750)
      const { naturalHeight } = await image.evaluate((i: HTMLImageElement) => ({ naturalHeight: i.naturalHeight }))
      expect(naturalHeight, 'a long picture').toBeGreaterThan(3 * 750)

      expect(downloads).toEqual([])
    })
  })
}

test('on a wider screen the phone picture is offered under the page: one column, 750 pixels wide', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await open(page, 'zh')
  // the masthead's button keeps the desktop form there
  await expect(page.getByRole('button', { name: app.zh.exportDashboard, exact: true })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: app.zh.exportDashboardPhone, exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^dashboard-phone_/)
  const png = readFileSync((await download.path())!)
  expect(png.readUInt32BE(16), 'width in pixels').toBe(750)
  expect(png.readUInt32BE(20), 'a long picture').toBeGreaterThan(3 * 750)
})
