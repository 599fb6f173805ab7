/** The dashboard PNG is composed at a fixed width: the same picture from a narrow and a wide window. */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { messages } from '../../src/app/messages'
import { captureExportSvgs, lastExportTexts } from './export-capture'
import { waitForDashboard } from './fixtures'

test('the dashboard PNG does not depend on the window: same size and words from 1024 px and 1800 px', async ({
  page,
}) => {
  await captureExportSvgs(page)
  const pictures: { width: number; height: number; texts: string[] }[] = []
  for (const width of [1024, 1800]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/?region=520000')
    await waitForDashboard(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: messages.zh.exportDashboard }).click()
    const bytes = readFileSync(await (await download).path())
    const exportedAt = messages.zh.exportedAt('')
    pictures.push({
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
      texts: (await lastExportTexts(page)).filter((t) => !t.startsWith(exportedAt)),
    })
  }
  expect(pictures[0].width).toBe(3200)
  expect(pictures[1]).toEqual(pictures[0])
})
