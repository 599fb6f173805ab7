/**
 * The briefing (.docx) and the workbooks (.xlsx) in Chromium, under the production CSP: downloaded, unzipped and read
 * as Word and Excel read them: the text and the published figures, the workbook's numbers against each panel's CSV,
 * the figures as pictures at print resolution, the page set after GB/T 9704 with its fonts, the frozen header and
 * number formats; inside WeChat the buttons say how to get the files instead. Then LibreOffice opens both: the .docx
 * converted to PDF holds the headline figures, the .xlsx converts to CSV.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { FIGURE_PIXELS } from '../../src/export/office/briefing'
import { summarise, watchCspViolations } from './live/csp'
import { waitForDashboard } from './fixtures'
import { inspectPng } from './png'
import { downloadOf, expectSameFigures, officeTools, parseCsv, readDocx, readXlsx, sheetTable } from './office'

const CHARTS = ['attention', 'trend', 'regions', 'targets', 'channels'] as const
const VIEW_NAME = '000000_total_2024-01_2024-08_mom'

const briefingButton = (page: Page) => page.getByRole('button', { name: /^(导出简报|Export briefing)$/ })
const workbookButton = (page: Page) => page.getByRole('button', { name: /^(导出整页Excel|Export workbook)$/ })

test('the national briefing in Chinese: the published figures in the panels’ words, the figures, the page after GB/T 9704', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const csp = await watchCspViolations(page)
  await page.goto('/')
  await waitForDashboard(page)
  const { name, bytes } = await downloadOf(page, briefingButton(page))
  expect(name).toBe(`briefing_${VIEW_NAME}_zh.docx`)
  const doc = readDocx(bytes)
  const text = doc.body.join('\n')

  // masthead, title, sections
  expect(doc.body.slice(0, 4)).toEqual([
    '内部资料',
    '就业帮扶监测简报',
    '2024年第8期',
    expect.stringMatching(/^就业帮扶监测看板\d{4}年\d+月\d+日$/),
  ])
  expect(doc.body).toContain('截至2024年8月底全国脱贫人口务工就业情况')
  for (const heading of [
    '一、总体情况',
    '二、重点帮扶县和易地扶贫搬迁脱贫人口',
    '三、各省份情况',
    '四、需要关注',
    '五、数据说明',
  ]) {
    expect(doc.body).toContain(heading)
  }
  // the published figures (facts.md), in the sentences the dashboard writes
  expect(text).toContain('全国脱贫人口务工就业规模为3295.3万人，完成年度目标任务的109.1%，超过年度目标任务276.1万人')
  expect(text).toContain('已连续7个月环比增长，达3295.3万人')
  expect(text).toContain('全国重点帮扶县脱贫人口务工就业规模为669.6万人')
  expect(text).toContain('比上年同月增加23.7万人')
  expect(text).toContain('全国易地扶贫搬迁脱贫人口务工就业规模为405.9万人，完成年度目标任务的107.5%')
  expect(text).toMatch(/表1\u3000主要指标 · 全国 · 2024年8月/)
  expect(text).toMatch(/表2\u3000需要关注 · 全国 · 2024年8月/)
  expect(doc.body.filter((p) => /^图\d\u3000截至2024年8月底/.test(p))).toHaveLength(4)
  expect(text).toContain('西藏就业帮扶车间吸纳脱贫人口就业：2024年8月数据尚未上报。')
  expect(text).toContain('需要关注的判断标准：')

  // each figure a picture, drawn for print across the text width
  expect(doc.media).toHaveLength(4)
  for (const png of doc.media) {
    const pixels = await inspectPng(page, png)
    expect(pixels.width).toBeGreaterThanOrEqual(FIGURE_PIXELS)
    expect(pixels.nonWhiteShare).toBeGreaterThan(0.03)
  }

  // A4, margins 37/35/28/26 mm, 22 lines on the grid, the fonts named with their stand-ins, page numbers, demo mark
  const body = doc.xml('word/document.xml')
  expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"')
  expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
  expect(body).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>')
  for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312'])
    expect(body).toContain(`w:eastAsia="${font}"`)
  const fonts = doc.xml('word/fontTable.xml')
  for (const stand of ['FangSong', 'KaiTi', 'SimHei', 'SimSun'])
    expect(fonts).toContain(`<w:altName w:val="${stand}"/>`)
  expect(doc.footers).toHaveLength(2)
  for (const footer of doc.footers) expect(footer).toMatch(/— <\/w:t>.*PAGE.* —<\/w:t>/s)
  for (const header of doc.headers) expect(header).toContain('演示数据')

  expect(summarise(csp)).toEqual([])
})

test('the workbook of the view: a sheet per panel, the CSV’s numbers as numbers, header frozen, 万 and % formats', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const csp = await watchCspViolations(page)
  await page.goto('/')
  await waitForDashboard(page)
  const { name, bytes } = await downloadOf(page, workbookButton(page))
  expect(name).toBe(`workbook_${VIEW_NAME}_zh.xlsx`)
  const sheets = readXlsx(bytes)
  expect(sheets.map((s) => s.name)).toEqual([
    '主要指标 · 全国 · 2024年8月',
    '需要关注 · 全国 · 2024年8月',
    '全国脱贫人口务工就业月度趋势',
    '各省份脱贫人口务工就业排名 · 2024年8月',
    '全国年度目标任务完成情况',
    '全国脱贫人口务工去向',
  ])
  for (const sheet of sheets) {
    expect(sheet.name.length).toBeLessThanOrEqual(31)
    expect(sheet.frozenRows).toBe(7) // the title block (6 lines with the demo mark) and the header row
    expect(String(sheet.rows.get(1)?.[0]?.value)).toBe(sheet.name)
    expect(String(sheet.rows.get(2)?.[0]?.value)).toMatch(/^演示数据/)
  }

  // the headline figures, as numbers shown in 万
  const kpis = sheetTable(sheets[0])
  expect(kpis.header).toEqual(['指标', '人数', '年度目标任务', '完成率', '环比', '同比'])
  expect(kpis.rows[0].slice(1, 4)).toEqual([
    { value: 32_953_000, format: '0\\.0,"万"' },
    { value: 30_192_000, format: '0\\.0,"万"' },
    { value: 32_953_000 / 30_192_000, format: '0.0%' },
  ])
  expect(kpis.rows[1][1]?.value).toBe(6_696_000)
  expect(kpis.rows[1][5]?.value).toBe(237_000)
  expect(kpis.rows[2][1]?.value).toBe(4_059_000)

  // every chart's sheet holds exactly its CSV's figures
  let numbers = 0
  for (const [i, chart] of CHARTS.entries()) {
    const csv = await downloadOf(
      page,
      page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: '导出CSV' }),
    )
    numbers += expectSameFigures(sheets[i + 1], parseCsv(csv.bytes))
  }
  expect(numbers).toBeGreaterThan(150)
  const trend = sheetTable(sheets[2])
  expect(trend.rows[0][0]?.format).toBe('yyyy"年"m"月"')
  expect(sheets[3].widths.length).toBe(5)
  expect(summarise(csp)).toEqual([])
})

test('a panel’s Export Excel: its table as one sheet, the same figures as its CSV (English)', async ({ page }) => {
  const csp = await watchCspViolations(page)
  await page.goto('/?lang=en&region=530000')
  await waitForDashboard(page)
  const figure = page.locator('figure[data-chart="regions"]')
  const xlsx = await downloadOf(page, figure.getByRole('button', { name: 'Export Excel' }))
  expect(xlsx.name).toBe('regions_530000_total_2024-01_2024-08_mom_en.xlsx')
  const [sheet] = readXlsx(xlsx.bytes)
  expect(sheet.name).toBe('Provinces ranked - People in…')
  expect(sheetTable(sheet).header).toEqual([
    'Region',
    'Number (persons)',
    'Annual target (persons)',
    'Attained',
    'MoM (persons)',
  ])
  expect(sheetTable(sheet).rows[0][1]?.format).toBe('#,##0')
  const csv = await downloadOf(page, figure.getByRole('button', { name: 'Export CSV' }))
  expect(expectSameFigures(sheet, parseCsv(csv.bytes))).toBeGreaterThan(90)
  expect(summarise(csp)).toEqual([])
})

test('inside WeChat’s browser the file buttons say how to open the page in the system browser, and make no file', async ({
  browser,
}) => {
  const context = await browser.newContext({
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 NetType/WIFI Language/zh_CN',
  })
  const page = await context.newPage()
  let downloads = 0
  page.on('download', () => downloads++)
  await page.goto('/')
  await waitForDashboard(page)
  const hint = '微信内置浏览器无法下载文件：请点右上角「…」，选择「在浏览器打开」，再导出。'
  await briefingButton(page).click()
  await expect(page.locator('.masthead').getByRole('alert')).toHaveText(hint)
  await workbookButton(page).click()
  await expect(page.locator('.masthead').getByRole('alert')).toHaveText(hint)
  await page.locator('figure[data-chart="trend"]').getByRole('button', { name: '导出Excel' }).click()
  await expect(page.locator('figure[data-chart="trend"]').getByRole('alert')).toHaveText(hint)
  await page.waitForTimeout(500)
  expect(downloads).toBe(0)
  await context.close()
})

test('LibreOffice opens both files: the briefing converts to PDF with the headline figures, the workbook to CSV', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000)
  const { soffice, pdftotext } = officeTools()
  const dir = testInfo.outputPath('office')
  mkdirSync(dir, { recursive: true })
  const convert = (filter: string, file: string) =>
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        dir,
        file,
      ],
      { timeout: 120_000, stdio: 'pipe' },
    )
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(lang === 'en' ? '/?lang=en' : '/')
    await waitForDashboard(page)
    const docx = join(dir, `briefing-${lang}.docx`)
    writeFileSync(docx, (await downloadOf(page, briefingButton(page))).bytes)
    convert('pdf', docx)
    const pdf = join(dir, `briefing-${lang}.pdf`)
    expect(readFileSync(pdf).subarray(0, 4).toString('ascii')).toBe('%PDF')
    const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    const published =
      lang === 'zh'
        ? ['3295.3万人', '109.1%', '276.1万人', '连续7个月', '669.6万人', '23.7万人', '405.9万人', '107.5%']
        : [
            '32.953million',
            '109.1%',
            '2.761million',
            'sevenconsecutivemonths',
            '6.696million',
            '237,000',
            '4.059million',
            '107.5%',
          ]
    for (const figure of published) expect(text, figure).toContain(figure)
  }
  const xlsx = join(dir, 'workbook.xlsx')
  await page.goto('/')
  await waitForDashboard(page)
  writeFileSync(xlsx, (await downloadOf(page, workbookButton(page))).bytes)
  // every sheet as a CSV of its own (the filter's last option, -1), its cells written as shown
  convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', xlsx)
  const csvs = readdirSync(dir).filter((f) => f.startsWith('workbook-') && f.endsWith('.csv'))
  expect(csvs).toHaveLength(6)
  const kpis = readFileSync(
    join(
      dir,
      csvs.find((f) => f.includes('主要指标'))!,
    ),
    'utf8',
  )
  expect(kpis).toContain('脱贫人口务工就业,3295.3万,3019.2万,109.1%')
  expect(kpis).toContain('重点帮扶县,669.6万,591.5万,113.2%')
})
