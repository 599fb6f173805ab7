/**
 * Provinces side by side (issue 11) in a real browser: the tile map and the small multiples in both languages, a
 * tile selecting its province, a comparison on the trend, both views exported (PNG and CSV, the CSV byte for byte against the tested table code
 * applied to what the app's own API answers), and axe in each view.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import type { Meta } from '../../src/api/meta'
import type { RegionsData } from '../../src/api/regions'
import type { RegionsSeries } from '../../src/api/regionsSeries'
import type { Series } from '../../src/api/series'
import { tableToCsv } from '../../src/export/csv'
import { CHINA_PROV_GRID, placeTiles } from '../../src/features/regions/chinaGrid'
import { buildMultiples, multiplesTable } from '../../src/features/regions/multiples'
import { rankRegions, regionsTable } from '../../src/features/regions/regions'
import { buildComparison, comparisonTable } from '../../src/features/trend/compare'
import type { Lang } from '../../src/lib/format'
import { messages } from '../../src/features/regions/messages'
import { captureExportSvgs, lastExportTexts } from './export-capture'
import { axeViolations, waitForDashboard } from './fixtures'

const regions = (page: Page) => page.locator('figure[data-chart="regions"]')
const tiles = (page: Page) => regions(page).locator('svg[data-surface] g.tile')

/** What the app's API (the service worker of the demo build) answers, as the app receives it. */
async function apiAnswer<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p)).json(), `/api/v1${path}`) as Promise<T>
}

async function download(page: Page, label: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    regions(page).getByRole('button', { name: label }).click(),
  ])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

for (const lang of ['zh', 'en'] as const) {
  const t = messages[lang]
  test(`the map shows the 34 divisions, 25 as buttons and 9 not covered, and axe finds nothing (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?provinces=map${lang === 'en' ? '&lang=en' : ''}`)
    await waitForDashboard(page)
    await expect(tiles(page)).toHaveCount(CHINA_PROV_GRID.length)
    await expect(regions(page).locator('g.tile[role="button"]')).toHaveCount(placeTiles(await meta(page)).placed.length)
    const notCovered = regions(page).locator('g.tile[role="img"]')
    await expect(notCovered).toHaveCount(9)
    for (const cell of CHINA_PROV_GRID.filter((c) => c.code))
      await expect(regions(page).getByRole('img', { name: t.mapTileNotCovered(cell[lang]) })).toContainText(
        t.mapNotCovered,
      )
    // the tiles sit on the grid: 贵州 right of 云南, 湖南 right of 贵州, on one row
    const box = async (zh: string) => {
      const cell = CHINA_PROV_GRID.find((c) => c.zh === zh)!
      return (await regions(page).locator('g.tile').filter({ hasText: cell[lang] }).first().boundingBox())!
    }
    const [yunnan, guizhou, hunan] = [await box('云南'), await box('贵州'), await box('湖南')]
    expect(guizhou.x).toBeGreaterThan(yunnan.x)
    expect(hunan.x).toBeGreaterThan(guizhou.x)
    expect(Math.abs(guizhou.y - yunnan.y)).toBeLessThan(1)
    // a tooltip on focus
    await regions(page)
      .getByRole('button', { name: new RegExp(`^${lang === 'zh' ? '贵州' : 'Guizhou'}`) })
      .focus()
    await expect(regions(page).locator('.tile-tooltip')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  test(`the Trends view draws 25 small charts, and axe finds nothing (${lang})`, async ({ page }) => {
    await page.goto(`/?provinces=trends${lang === 'en' ? '&lang=en' : ''}`)
    await waitForDashboard(page)
    const charts = regions(page).locator('g.tile[role="button"]')
    await expect(charts).toHaveCount(25)
    // every chart has its line
    for (const chart of await charts.all()) await expect(chart.locator('path').first()).toHaveAttribute('d', /^M/)
    await expect(regions(page).getByRole('tab', { name: t.provincesTab('trends') })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(await axeViolations(page)).toEqual([])
  })
}

async function meta(page: Page): Promise<Meta> {
  return apiAnswer<Meta>(page, '/meta')
}

test('贵州’s tile selects Guizhou, and the tabs work by keyboard', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  await regions(page).getByRole('tab', { name: '排名' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/provinces=map/)
  await expect(tiles(page)).toHaveCount(34)
  await regions(page)
    .getByRole('button', { name: /^贵州：/ })
    .click()
  await expect(page).toHaveURL(/region=520000/)
  await expect(page.getByRole('form', { name: '筛选条件' }).getByLabel('地区')).toHaveValue('520000')
  await expect(page.getByRole('heading', { name: /^贵州.*月度趋势$/ })).toBeVisible()
  await expect(regions(page).getByRole('button', { name: /^贵州：/ })).toHaveAttribute('aria-current', 'true')
  // by keyboard: Enter on 云南
  await regions(page)
    .getByRole('button', { name: /^云南：/ })
    .focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/region=530000/)
  // back restores Guizhou and the map
  await page.goBack()
  await expect(page).toHaveURL(/provinces=map&region=520000|region=520000&provinces=map/)
})

for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
  test(`the map and the small multiples export PNG and CSV, the CSV byte for byte (${lang})`, async ({ page }) => {
    await captureExportSvgs(page)
    const t = messages[lang]
    const suffix = lang === 'en' ? '&lang=en' : ''
    const png = lang === 'zh' ? /导出PNG/ : /Export PNG/
    const csv = lang === 'zh' ? /导出CSV/ : /Export CSV/

    await page.goto(`/?provinces=map${suffix}`)
    await waitForDashboard(page)
    await expect(tiles(page)).toHaveCount(34)
    const m = await meta(page)
    const data = await apiAnswer<RegionsData>(page, '/regions?category=total&month=2024-08')
    const mapCsv = await download(page, csv)
    expect(mapCsv.name).toBe(`regions-map_000000_total_2024-01_2024-08_mom_${lang}.csv`)
    const expectedMap = tableToCsv(regionsTable(rankRegions(data, m, lang, 'value', 'mom'), lang, 'mom'), lang)
    expect(mapCsv.bytes.equals(Buffer.from(expectedMap, 'utf8'))).toBe(true)

    const mapPng = await download(page, png)
    expect(mapPng.name).toBe(`regions-map_000000_total_2024-01_2024-08_mom_${lang}.png`)
    expect(mapPng.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const onScreen = await regions(page)
      .locator('.chart-body')
      .evaluate((e) => e.getBoundingClientRect().width)
    expect(mapPng.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * onScreen)
    let texts = await lastExportTexts(page)
    // every division's name, the legend and the caption are in the picture
    for (const cell of CHINA_PROV_GRID)
      expect(texts.join('|')).toContain(cell[lang === 'zh' ? 'zh' : 'en'].split(' ')[0])
    expect(texts).toContain(t.mapMetric('value', 'mom'))
    expect(texts.filter((x) => x === t.mapNotCovered)).toHaveLength(1 + 9)

    await regions(page)
      .getByRole('tab', { name: t.provincesTab('trends') })
      .click()
    await expect(regions(page).locator('g.tile[role="button"]').first().locator('path').first()).toBeVisible()
    const series = await apiAnswer<RegionsSeries>(
      page,
      `/regions/series?category=total&from=${dataSet.months[0]}&to=2024-08`,
    )
    const trendsCsv = await download(page, csv)
    expect(trendsCsv.name).toBe(`regions-trends_000000_total_2024-01_2024-08_mom_${lang}.csv`)
    const model = buildMultiples(series, placeTiles(m), m, { lang, from: '2024-01', to: '2024-08' })
    const expectedTrends = tableToCsv(multiplesTable(model, lang), lang)
    expect(trendsCsv.bytes.equals(Buffer.from(expectedTrends, 'utf8'))).toBe(true)
    expect(trendsCsv.bytes.toString('utf8').split('\r\n').length).toBe(1 + 25 * 8 + 1)

    const trendsPng = await download(page, png)
    expect(trendsPng.name).toBe(`regions-trends_000000_total_2024-01_2024-08_mom_${lang}.png`)
    expect(trendsPng.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
    texts = await lastExportTexts(page)
    expect(texts).toContain(t.trendStreak)
    expect(texts.some((x) => x.startsWith(lang === 'zh' ? '截至2024年8月底' : 'By the end of August 2024'))).toBe(true)
  })
}

test('a comparison link opens with every compared line; its CSV (byte for byte) and PNG carry every region', async ({
  page,
}) => {
  await captureExportSvgs(page)
  const ids = ['520000', '530000', '000000', '450000']
  await page.goto(`/?lang=en&region=${ids[0]}&with=${ids.slice(1).join(',')}`)
  await waitForDashboard(page)
  const trend = page.locator('figure[data-chart="trend"]')
  const lines = trend.locator('svg[data-surface] path[data-series]')
  await expect(lines).toHaveCount(ids.length)
  const m = await meta(page)
  const names = ids.map((id) => m.regions.find((r) => r.id === id)!.name.en)
  await expect(trend.locator('.chart-legend li')).toHaveText(names)

  const series = await Promise.all(
    ids.map((id) =>
      apiAnswer<Series>(page, `/series?region=${id}&category=total&from=${dataSet.months[0]}&to=2024-08`),
    ),
  )
  const c = buildComparison(series, 'attainment', m, { lang: 'en', from: '2024-01', to: '2024-08' })
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: /Export CSV/ }).click(),
  ])
  expect(csvFile.suggestedFilename()).toBe(
    `trend-attainment-${ids.slice(1).join('-')}_${ids[0]}_total_2024-01_2024-08_mom_en.csv`,
  )
  const bytes = readFileSync(await csvFile.path())
  expect(bytes.equals(Buffer.from(tableToCsv(comparisonTable(c, 'en'), 'en'), 'utf8'))).toBe(true)
  expect(bytes.toString('utf8').split('\r\n')[0]).toBe(`\uFEFFMonth,${names.map((n) => `${n} (%)`).join(',')}`)

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    trend.getByRole('button', { name: /Export PNG/ }).click(),
  ])
  expect(pngFile.suggestedFilename()).toMatch(/^trend-attainment-530000-000000-450000_520000_.*\.png$/)
  const texts = await lastExportTexts(page)
  for (const name of names) expect(texts).toContain(name)
  expect(await axeViolations(page)).toEqual([])
})

test('the map is one Tab stop; the arrows move to the nearest tile in their direction; Enter chooses', async ({
  page,
}) => {
  await page.goto('/?provinces=map&region=520000&lang=en')
  await waitForDashboard(page)
  const stops = regions(page).locator('g.tile[tabindex="0"]')
  // one stop, on the chosen province
  await expect(stops).toHaveCount(1)
  await expect(stops).toHaveAttribute('aria-label', /^Guizhou/)
  await stops.focus()
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
  await page.keyboard.press('ArrowLeft') // 贵州 (row 7, col 3) → 云南 (7, 2)
  expect(await focused()).toMatch(/^Yunnan/)
  await page.keyboard.press('ArrowUp') // → 四川 (6, 2)
  expect(await focused()).toMatch(/^Sichuan/)
  await page.keyboard.press('ArrowRight') // → 重庆 (6, 3)
  expect(await focused()).toMatch(/^Chongqing/)
  await expect(stops).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/region=500000/)
  // Tab leaves the map at once: the next stop is past every tile
  await regions(page).locator('g.tile[tabindex="0"]').focus()
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('g.tile') === null)).toBe(true)
})
