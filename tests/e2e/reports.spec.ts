/**
 * Reports not yet received (issue 28), in a real browser on the demo build: `?category=workshops`, where 西藏 has not
 * reported August 2024 (facts.md, invariant 8). In both languages the streak card, the trend (its sentence and its
 * incomplete point), the ranking, the map tile, the small multiples' sentence, the CSVs and the PNGs say who is
 * missing and never state the short sum's fall. Expected numbers come from the data set through the tested formatters.
 * Each check is soft, so that a run on a build without the rule lists every point it gets wrong.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import { messages as appMessages } from '../../src/app/messages'
import { formatPersonsProse, roundSignificant, type Lang } from '../../src/lib/format'
import { COMPARABLE_DIGITS } from '../../src/lib/reports'
import { captureExportSvgs, lastExportSvg } from './export-capture'
import { axeViolations, kpiValue, waitForDashboard, watchForErrors } from './fixtures'

const XIZANG = '540000'
const AUGUST = '2024-08'
const JULY = '2024-07'
const at = (region: string, month: string) => dataSet.values.workshops[region][dataSet.months.indexOf(month)]

/** The provinces that reported both months, their change (rounded as the rule rounds it) and how many they are. */
function comparable() {
  const ids = dataSet.coverage.workshops.filter(
    (id) =>
      id !== dataSet.nationalId && !dataSet.notReported.some((n) => n.region === id && n.category === 'workshops'),
  )
  const sum = (month: string) => ids.reduce((a, id) => a + at(id, month), 0)
  return { delta: roundSignificant(sum(AUGUST) - sum(JULY), COMPARABLE_DIGITS), provinces: ids.length }
}

const WORDS = {
  zh: {
    streak: '连续增长',
    missing: '西藏尚未上报',
    comparable: (n: number, delta: string) => `按两月均已上报的${n}个省份计算，环比增加约${delta}`,
    fell: /环比下降|减少/,
    status: '数据状态',
    incomplete: '不完整（西藏尚未上报）',
    notReported: '尚未上报',
    tile: '西藏：尚未上报',
    tileLabel: '未上报',
    tabs: { map: '地图', trends: '趋势' },
    multiples: (n: number) => new RegExp(`^截至2024年8月底，${n}个省份(均|中\\d+个)环比增长，西藏尚未上报。$`),
    csv: '导出CSV',
    png: '导出PNG',
  },
  en: {
    streak: 'Growth streak',
    missing: 'Xizang not yet reported',
    comparable: (n: number, delta: string) =>
      `Among the ${n} provinces that reported both months, up about ${delta} on the month before`,
    fell: /Fell this month|fallen by|down \d/,
    status: 'Status',
    incomplete: 'Incomplete (Xizang not yet reported)',
    notReported: 'Not yet reported',
    tile: 'Xizang: not yet reported',
    tileLabel: /Not\s*reported/,
    tabs: { map: 'Map', trends: 'Trends' },
    multiples: (n: number) =>
      new RegExp(
        `^By the end of August 2024, .*\\b${n} provinces grew month on month; Xizang had not yet reported\\.$`,
      ),
    csv: 'Export CSV',
    png: 'Export PNG',
  },
} as const

async function download(page: Page, chart: string, label: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: label, exact: true }).click(),
  ])
  return {
    name: file.suggestedFilename(),
    text: readFileSync(await file.path())
      .toString('utf8')
      .slice(1),
  }
}

/**
 * The words of the last exported picture, its <text> elements joined as the lines were wrapped. Read here rather than
 * with a DOMParser in the page (export-capture's lastExportTexts), which the page's CSP reports for the picture's
 * inlined styles, so that the check for errors stays the app's.
 */
async function exportWords(page: Page, lang: Lang): Promise<string> {
  const svg = await lastExportSvg(page)
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1].replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => entities[e]),
  )
  return texts.join(lang === 'zh' ? '' : ' ')
}

for (const lang of ['zh', 'en'] as const) {
  const w = WORDS[lang]
  const { delta, provinces } = comparable()
  const about = formatPersonsProse(delta, lang)

  test(`?category=workshops: who has not reported is said everywhere, and no short sum reads as a fall (${lang})`, async ({
    page,
  }) => {
    // one long walk through every panel, two downloads, two pictures and axe: three times the default time
    test.slow()
    // the data the checks rest on: the short sum is below July, the provinces that reported both months rose
    expect(at(dataSet.nationalId, AUGUST)).toBeLessThan(at(dataSet.nationalId, JULY))
    expect(delta).toBeGreaterThan(0)
    const errors = watchForErrors(page)
    await captureExportSvgs(page)
    await page.goto(`/?category=workshops${lang === 'en' ? '&lang=en' : ''}`)
    await waitForDashboard(page)

    // 1. the streak card: counted on the provinces that reported both months, and marked
    const streak = page.getByRole('article', { name: w.streak, exact: true })
    await expect.soft(streak).toContainText(w.comparable(provinces, about))
    await expect.soft(streak).toContainText(w.missing)
    await expect.soft(streak).not.toContainText(w.fell)
    await expect.soft(await kpiValue(page, w.streak)).toHaveText(lang === 'zh' ? '连续7个月' : '7 consecutive months')

    // 2. the trend: its sentence, and August drawn apart (hollow, dashed) from the line
    const trend = page.locator('figure[data-chart="trend"]')
    const summary = trend.locator('.panel-summary')
    await expect.soft(summary).toContainText(w.missing)
    await expect.soft(summary).toContainText(lang === 'zh' ? `环比增加约${about}` : `up about ${about}`)
    await expect.soft(summary).not.toContainText(w.fell)
    await expect.soft(trend.locator(`circle[data-series="provisional"][data-month="${AUGUST}"]`)).toHaveCount(1)
    await expect.soft(trend.locator(`circle[data-series="value"][data-month="${AUGUST}"]`)).toHaveCount(0)

    // 3. the trend's CSV: a status column, August marked incomplete, never a number alone
    const trendCsv = (await download(page, 'trend', w.csv)).text.split('\r\n')
    expect.soft(trendCsv[0]).toContain(w.status)
    expect
      .soft(trendCsv.find((l) => l.startsWith(`${AUGUST},`)))
      .toContain(`${at(dataSet.nationalId, AUGUST)},${w.incomplete}`)

    // 4. the ranking: 西藏 is a row of its own at the end, 「尚未上报」, no bar; its CSV says so too
    const regions = page.locator('figure[data-chart="regions"]')
    await expect.soft(regions.locator('.hbar-label').last()).toHaveAttribute('data-row', XIZANG)
    await expect.soft(regions.locator(`.hbar-label[data-row="${XIZANG}"] text.hbar-note`)).toHaveText(w.notReported)
    await expect.soft(regions.locator(`rect[data-bar="${XIZANG}"]`)).toHaveCount(0)
    await expect
      .soft(regions.locator('.panel-summary'))
      .toContainText(lang === 'zh' ? '西藏尚未上报' : 'Xizang had not yet reported')
    const rankingCsv = (await download(page, 'regions', w.csv)).text.split('\r\n').filter(Boolean)
    expect.soft(rankingCsv.at(-1)).toMatch(new RegExp(`^${lang === 'zh' ? '西藏' : 'Xizang'},,${w.notReported},`))

    // 5. the chart PNG carries the note and the sentence (the export's own words)
    await page.locator('figure[data-chart="trend"]').getByRole('button', { name: w.png, exact: true }).click()
    await expect.poll(async () => (await lastExportSvg(page)).length).toBeGreaterThan(0)
    expect.soft(await exportWords(page, lang)).toContain(w.missing)

    // 6. the tile map: 西藏 hatched, 「未上报」, never 「不适用」
    await regions.getByRole('tab', { name: w.tabs.map }).click()
    const tile = regions.getByRole('button', { name: w.tile, exact: true })
    await expect.soft(tile).toHaveCount(1)
    await expect.soft(tile).toContainText(w.tileLabel)
    await expect.soft(tile.locator('rect[data-not-reported]')).toHaveAttribute('fill', /^url\(#not-reported-/)
    // the hatched tile, its plate and the legend's key keep the page within WCAG 2.1 A/AA
    expect.soft(await axeViolations(page)).toEqual([])

    // 7. the small multiples: 西藏 in no count, its August left empty
    await regions.getByRole('tab', { name: w.tabs.trends }).click()
    const covered = dataSet.coverage.workshops.length - 1
    await expect.soft(regions.locator('.panel-summary')).toHaveText(w.multiples(covered - 1))
    await expect.soft(regions.locator('[data-not-reported="true"]')).toHaveText(w.tileLabel)

    // 8. the dashboard PNG: the cards' marks and the panels' notes are in it
    const dashboard = page.waitForEvent('download')
    await page.getByRole('button', { name: appMessages[lang].exportDashboard }).click()
    await dashboard
    const picture = await exportWords(page, lang)
    expect.soft(picture).toContain(w.comparable(provinces, about))
    expect.soft(picture).toContain(w.missing)
    expect(errors).toEqual([])
  })
}
