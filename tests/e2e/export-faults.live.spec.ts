/**
 * Exports against the HTTP backend (live build): a chart PNG is one view even when the filters change while it is
 * made, and the dashboard PNG shows failed panels as failed, in words.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { dataSet, NATIONAL_ID } from '../../mocks/data/dataset'
import { formatPercent } from '../../src/lib/format'
import { messages } from '../fixtures/messages'
import { captureExportSvgs, lastExportTexts } from './export-capture'
import { waitForDashboard } from './fixtures'
import { mockApi } from './live/mock-api'

const zh = messages.zh
const YUNNAN = '530000'
const month = dataSet.asOf

/** The attainment label the targets chart prints for a region's total (from the data, through the formatter). */
function totalAttainment(region: string): string {
  const value = dataSet.values.total[region][dataSet.months.indexOf(month)]
  return formatPercent(value / dataSet.targets.total![region], 'zh')
}

test.beforeEach(async () => {
  await mockApi.reset()
})
test.afterEach(async () => {
  await mockApi.reset()
})

test('a chart PNG is one view: the region changed while the PNG is made changes nothing in it', async ({ page }) => {
  expect(totalAttainment(NATIONAL_ID)).not.toBe(totalAttainment(YUNNAN))
  await captureExportSvgs(page)
  await page.goto('/')
  await waitForDashboard(page)
  // Yunnan visited once, so its numbers are cached and arrive at once; then back to the national view.
  const region = page.getByRole('combobox', { name: '地区' })
  await region.selectOption(YUNNAN)
  await expect(page.locator('figure[data-chart="targets"] .panel-title')).toContainText('云南')
  await region.selectOption(NATIONAL_ID)
  await expect(page.locator('figure[data-chart="targets"] .panel-title')).toContainText('全国')
  await expect(page.locator('figure[data-chart="targets"]')).toHaveAttribute('aria-busy', 'false')

  // The export code arrives late (a slow office link), and the region changes meanwhile.
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700))
    await route.continue()
  })
  const download = page.waitForEvent('download')
  await page.locator('figure[data-chart="targets"]').getByRole('button', { name: '导出PNG' }).click()
  await page.waitForTimeout(250)
  await region.selectOption(YUNNAN)
  const file = await download

  expect(file.suggestedFilename()).toContain(`_${NATIONAL_ID}_`)
  const texts = await lastExportTexts(page)
  expect(texts).toContain(zh.targetsTitle('全国'))
  // The bars' labels are the national ones, not Yunnan's.
  expect(texts).toContain(totalAttainment(NATIONAL_ID))
  expect(texts).not.toContain(totalAttainment(YUNNAN))
  expect(
    readFileSync(await file.path())
      .subarray(1, 4)
      .toString('ascii'),
  ).toBe('PNG')
})

test('the dashboard PNG shows failed panels as failed, in words, without the retry button', async ({ page }) => {
  await captureExportSvgs(page)
  await mockApi.fault('500', 'series')
  await mockApi.fault('html', 'channels')
  await page.goto('/')
  const serverError = zh.errorServer('500')
  await expect(page.locator('section.kpis').getByText(serverError)).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('figure[data-chart="trend"]').getByText(serverError)).toBeVisible({ timeout: 15_000 })
  // an HTML page where data was asked for: most likely a sign-in page (issue 29, item 23)
  await expect(page.locator('figure[data-chart="channels"]').getByText(zh.errorSignIn)).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: zh.exportDashboard }).click()
  await download
  const texts = await lastExportTexts(page)
  // the KPI row (its streak card) and the trend say the server failed; channels say a web page came instead of data;
  // no button label anywhere
  // (each message whole, never run together with the button's label, 「…请稍后重试。重试」)
  expect(texts.filter((t) => t.includes(serverError))).toEqual([serverError, serverError])
  expect(texts.filter((t) => t.includes(zh.errorSignIn))).toEqual([zh.errorSignIn])
  expect(texts).not.toContain(zh.retry)
  // the panels that loaded are there with their charts' words
  expect(texts).toContain(zh.targetsTitle('全国'))
  expect(texts).toContain(totalAttainment(NATIONAL_ID))
})
