/**
 * A provincial office's briefing and workbook, in the production build against the HTTP mock backend (live project),
 * under the production CSP: 河南's office signs in, and both files hold 河南 alone (its figures, its signals, no
 * section comparing provinces, the scope said in the notes), their numbers those of its panels' CSVs.
 */
import { expect, test } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import { meta as mockMeta } from '../../mocks/handlers'
import { expectedPersons, waitForDashboard } from './fixtures'
import { summarise, watchCspViolations } from './live/csp'
import { mockApi } from './live/mock-api'
import { downloadOf, expectSameFigures, parseCsv, readDocx, readXlsx, sheetTable } from './office'

const HENAN = '410000'
const AUGUST = dataSet.months.indexOf('2024-08')
const OTHER_PROVINCES = mockMeta()
  .regions.filter((r) => r.id !== HENAN && r.id !== '000000')
  .map((r) => r.name.zh)

test.beforeEach(() => mockApi.reset())
test.afterEach(() => mockApi.reset())

test('河南’s provincial office: a briefing and a workbook of 河南 alone', async ({ page }) => {
  test.setTimeout(120_000)
  await mockApi.signIn('henan')
  const csp = await watchCspViolations(page)
  await page.goto('/')
  await waitForDashboard(page)

  const briefing = await downloadOf(page, page.getByRole('button', { name: '导出简报' }))
  expect(briefing.name).toBe(`briefing_${HENAN}_total_2024-01_2024-08_mom_zh.docx`)
  const doc = readDocx(briefing.bytes)
  const text = doc.body.join('\n')
  expect(doc.body).toContain('截至2024年8月底河南脱贫人口务工就业情况')
  expect(doc.body.filter((p) => /^[一二三四五六]、/.test(p))).toEqual([
    '一、总体情况',
    '二、重点帮扶县和易地扶贫搬迁脱贫人口',
    '三、需要关注',
    '四、数据说明',
  ])
  expect(text).toContain(
    `截至2024年8月底，河南脱贫人口务工就业规模为${expectedPersons('total', HENAN, '2024-08', 'zh')}人`,
  )
  expect(text).toContain('不适用：河南不涉及重点帮扶县。')
  expect(text).toContain('本简报只含河南的数据（当前账号的查看范围）。')
  for (const province of OTHER_PROVINCES) expect(text, province).not.toContain(province)
  // the trend, channels and targets as figures; no ranking of provinces
  expect(doc.body.filter((p) => /^图\d\u3000/.test(p))).toHaveLength(3)
  expect(doc.media).toHaveLength(3)

  const workbook = await downloadOf(page, page.getByRole('button', { name: '导出整页Excel' }))
  const sheets = readXlsx(workbook.bytes)
  expect(sheets.map((s) => s.name)).toEqual([
    '主要指标 · 河南 · 2024年8月',
    '需要关注 · 河南 · 2024年8月',
    '河南脱贫人口务工就业月度趋势',
    '各省份脱贫人口务工就业排名 · 2024年8月',
    '河南年度目标任务完成情况',
    '河南脱贫人口务工去向',
  ])
  const kpis = sheetTable(sheets[0])
  expect(kpis.rows[0][1]?.value).toBe(dataSet.values.total[HENAN][AUGUST])
  expect(kpis.rows.map((r) => r[0]?.value)).toEqual(['脱贫人口务工就业', '易地扶贫搬迁脱贫人口'])
  // the ranking needs every province: its sheet says so, and lists none
  expect(sheets[3].rows.size).toBeLessThan(10)
  expect([...sheets[3].rows.values()].flat().map((c) => c?.value)).toContain(
    '各省比较需要查看全部省份的权限；您的查看范围：河南。',
  )
  for (const [i, chart] of [
    [1, 'attention'],
    [2, 'trend'],
    [4, 'targets'],
    [5, 'channels'],
  ] as const) {
    const csv = await downloadOf(
      page,
      page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: '导出CSV' }),
    )
    expectSameFigures(sheets[i], parseCsv(csv.bytes))
  }
  const everything = [...sheets.flatMap((s) => [...s.rows.values()].flat().map((c) => String(c?.value ?? '')))].join()
  for (const province of OTHER_PROVINCES) expect(everything, province).not.toContain(province)
  expect(summarise(csp)).toEqual([])
})
