/**
 * Reports not yet received (issue 28): every panel reads the one rule (src/lib/reports.ts). On the demo data (西藏 has
 * not reported workshops for August 2024) and on the test data set with msw (西藏 and 甘肃 missing August, 宁夏 June),
 * nothing shows a short sum as a complete figure or a missing report as a change, and the missing provinces are named.
 * Numbers come from the data sets.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { dataSet, type DataSet } from '../../mocks/data/dataset'
import { missingReportsDataSet } from '../../mocks/data/missingReports'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import type { CategoryId } from '../../src/api/common'
import { formatPersonsProse, roundSignificant, type Lang } from '../../src/lib/format'
import { COMPARABLE_DIGITS } from '../../src/lib/reports'
import { renderApp } from '../utils'

const figure = (id: string) => document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`)!
const card = (name: string) => screen.findByRole('article', { name })
const summaryOf = async (id: string, start: RegExp) =>
  waitFor(() => {
    const text = figure(id).querySelector('.panel-summary')!.textContent ?? ''
    expect(text).toMatch(start)
    return text
  })
const name = (data: DataSet, id: string, lang: Lang) => data.regions.find((r) => r.id === id)!.name[lang]

/** Who has not reported a category in a month, in code order. */
const missingIn = (data: DataSet, category: CategoryId, month: string) =>
  data.notReported
    .filter((n) => n.category === category && n.month === month)
    .map((n) => n.region)
    .sort()

/** The change over the provinces that reported both months, rounded as the rule rounds it, and how many they are. */
function comparableChange(data: DataSet, category: CategoryId, now: string, before: string) {
  const gone = new Set([...missingIn(data, category, now), ...missingIn(data, category, before)])
  const provinces = data.coverage[category].filter((id) => id !== data.nationalId && !gone.has(id))
  const sum = (month: string) =>
    provinces.reduce((a, id) => a + data.values[category][id][data.months.indexOf(month)], 0)
  return { delta: roundSignificant(sum(now) - sum(before), COMPARABLE_DIGITS), provinces: provinces.length }
}

async function openTable(id: string, label: string) {
  const user = userEvent.setup()
  await waitFor(() => expect(within(figure(id)).getByRole('button', { name: label })).toBeEnabled())
  await user.click(within(figure(id)).getByRole('button', { name: label }))
  return within(figure(id)).getByRole('table')
}

describe('the demo data, ?category=workshops: 西藏 has not reported August 2024', () => {
  const change = comparableChange(dataSet, 'workshops', '2024-08', '2024-07')
  const national = dataSet.values.workshops[dataSet.nationalId]
  const shortFall = national[dataSet.months.indexOf('2024-07')] - national[dataSet.months.indexOf('2024-08')]

  it('the streak card counts August on the 21 provinces that reported both months, never a fall (zh)', async () => {
    expect(shortFall).toBeGreaterThan(0) // the short sum is below July: the artefact
    expect(change.delta).toBeGreaterThan(0)
    renderApp('?category=workshops')
    const streak = await card('连续增长')
    await waitFor(() =>
      expect(streak).toHaveTextContent(
        `按两月均已上报的${change.provinces}个省份计算，环比增加约${formatPersonsProse(change.delta, 'zh')}`,
      ),
    )
    expect(streak).toHaveTextContent('2024年8月数据不完整（西藏尚未上报）')
    expect(streak).not.toHaveTextContent('环比下降')
    expect(streak).not.toHaveTextContent(`减少${formatPersonsProse(shortFall, 'zh')}`)
    const summary = await summaryOf('trend', /^截至2024年8月底/)
    expect(summary).toContain('数据不完整（西藏尚未上报）')
    expect(summary).toContain(`环比增加约${formatPersonsProse(change.delta, 'zh')}`)
    expect(summary).not.toContain('减少')
  })

  it('the same in English, and the trend’s table has a status column', async () => {
    renderApp('?lang=en&category=workshops')
    const streak = await card('Growth streak')
    await waitFor(() =>
      expect(streak).toHaveTextContent(
        `Among the ${change.provinces} provinces that reported both months, up about ${formatPersonsProse(change.delta, 'en')} on the month before`,
      ),
    )
    expect(streak).toHaveTextContent('Aug 2024: incomplete (Xizang not yet reported)')
    expect(streak).not.toHaveTextContent('Fell this month')
    const summary = await summaryOf('trend', /^At the end of August 2024/)
    expect(summary).toContain('an incomplete figure (Xizang not yet reported)')
    const table = await openTable('trend', 'Data table')
    const rows = within(table).getAllByRole('row')
    expect(rows.at(-1)).toHaveTextContent('Incomplete (Xizang not yet reported)')
    expect(rows.at(-2)).toHaveTextContent('Complete')
  })

  it('the ranking lists 西藏 last as not reported, and its sentence names it', async () => {
    renderApp('?category=workshops')
    expect(await summaryOf('regions', /^截至2024年8月底/)).toMatch(/；西藏尚未上报。$/)
    const table = await openTable('regions', '数据表')
    const last = within(table).getAllByRole('row').at(-1)!
    expect(within(last).getByRole('rowheader')).toHaveTextContent('西藏')
    expect(last).toHaveTextContent('尚未上报')
  })

  it('the tile map draws 西藏 as not reported, never not applicable', async () => {
    renderApp('?category=workshops&provinces=map')
    const map = await screen.findByRole('group', { name: '各省份人数' }, { timeout: 5000 })
    const xizang = within(map).getByRole('button', { name: '西藏：尚未上报' })
    expect(xizang).toHaveTextContent('未上报')
    expect(xizang).not.toHaveTextContent('不适用')
    expect(xizang.querySelector('[data-not-reported]')!.getAttribute('fill')).toMatch(/^url\(#not-reported-/)
  })

  it('the small multiples count 西藏 nowhere and leave its August empty', async () => {
    renderApp('?category=workshops&provinces=trends')
    const multiples = await screen.findByRole('group', { name: '各省份就业帮扶车间月度趋势' }, { timeout: 5000 })
    expect(within(multiples).getByRole('button', { name: '西藏：2024年8月尚未上报' })).toHaveTextContent('未上报')
    const covered = dataSet.coverage.workshops.length - 1
    const summary = await summaryOf('regions', /^截至2024年8月底/)
    expect(summary).toMatch(new RegExp(`^截至2024年8月底，${covered - 1}个省份.*环比增长，西藏尚未上报。$`))
    expect(summary).not.toContain(`${covered}个省份`)
  })

  it('the national channels mark workshops as incomplete in the sentence and the table', async () => {
    renderApp()
    const summary = await summaryOf('channels', /^截至2024年8月底/)
    expect(summary).toMatch(/；就业帮扶车间数据不完整（西藏尚未上报），占[\d.]+%为按已上报省份之和计算。$/)
    const table = await openTable('channels', '数据表')
    const workshops = within(table).getByRole('rowheader', { name: '其中：就业帮扶车间' }).closest('tr')!
    expect(workshops).toHaveTextContent('不完整（西藏尚未上报）')
  })

  it('without /monitoring the streak card withholds the comparison with the reason, and still counts who is missing', async () => {
    server.use(http.get('*/api/v1/monitoring', () => HttpResponse.json({ title: 'x' }, { status: 400 })))
    renderApp('?category=workshops')
    const streak = await card('连续增长')
    await waitFor(() => expect(streak).toHaveTextContent('暂不比较'))
    expect(streak).toHaveTextContent('就业帮扶车间吸纳脱贫人口就业：缺少可比的分省数据，环比不作比较')
    expect(streak).toHaveTextContent('2024年8月数据不完整（1个省份尚未上报）')
    expect(streak).not.toHaveTextContent('环比下降')
  })
})

describe('the test data set: two provinces missing August, one missing June', () => {
  const data = missingReportsDataSet
  const use = () => server.use(...createHandlers(data))
  const august = missingIn(data, 'workshops', '2024-08')
  const june = missingIn(data, 'workshops', '2024-06')

  it('names both missing provinces in the streak card, the trend, the ranking and the small multiples (zh)', async () => {
    use()
    const names = august.map((id) => name(data, id, 'zh')).join('和')
    const change = comparableChange(data, 'workshops', '2024-08', '2024-07')
    renderApp('?category=workshops')
    const streak = await card('连续增长')
    await waitFor(() => expect(streak).toHaveTextContent(`2024年8月数据不完整（${names}尚未上报）`))
    expect(streak).toHaveTextContent(`按两月均已上报的${change.provinces}个省份计算`)
    const trend = await summaryOf('trend', /^截至2024年8月底/)
    expect(trend).toContain(`数据不完整（${names}尚未上报）`)
    // June and July rose on comparable figures too, and the sentence says so
    expect(trend).toContain('（其中2024年6月和2024年7月的增长按两月均已上报的省份计算）')
    expect(await summaryOf('regions', /^截至2024年8月底/)).toMatch(new RegExp(`；${names}尚未上报。$`))
    const table = await openTable('trend', '数据表')
    const juneRow = within(table).getByRole('rowheader', { name: '2024年6月' }).closest('tr')!
    expect(juneRow).toHaveTextContent(`不完整（${name(data, june[0], 'zh')}尚未上报）`)
  })

  it('in English: the tile map and the small multiples', async () => {
    use()
    renderApp('?lang=en&category=workshops&provinces=map')
    const map = await screen.findByRole('group', { name: 'Provinces by persons' }, { timeout: 5000 })
    for (const id of august) {
      // the label is written on two lines (tspans) on the tile
      expect(within(map).getByRole('button', { name: `${name(data, id, 'en')}: not yet reported` })).toHaveTextContent(
        /Not\s*reported/,
      )
    }
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Trends' }))
    const counted = data.coverage.workshops.length - 1 - august.length
    const names = august.map((id) => name(data, id, 'en')).join(' and ')
    // (the ranking's sentence starts alike: wait for the small multiples' own, which counts the provinces drawn)
    const summary = await summaryOf('regions', new RegExp(`^By the end of August 2024.*${counted} provinces`))
    expect(summary).toMatch(new RegExp(`${counted} provinces.*; ${names} had not yet reported\\.$`))
  })
})
