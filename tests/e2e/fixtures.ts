/** Shared helpers for the real-browser tests: expected figures come from the data set through the tested formatter. */
import { expect, type Page } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import type { CategoryId } from '../../src/api/common'
import { formatPersons, type Lang } from '../../src/lib/format'

export function expectedPersons(category: CategoryId, region: string, month: string, lang: Lang): string {
  const value = dataSet.values[category][region][dataSet.months.indexOf(month)]
  return formatPersons(value, lang)
}

/** Fails the test on any error the page logs or throws. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}

export async function kpiValue(page: Page, title: string) {
  return page.getByRole('article', { name: title }).locator('.kpi-value')
}

export async function waitForDashboard(page: Page) {
  await expect(page.locator('.kpi-value').first()).toBeVisible()
  await expect(page.locator('figure[data-chart] .recharts-surface').first()).toBeVisible()
}
