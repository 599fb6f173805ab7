/** Provinces side by side (issue 11): the Regions panel's tabs, the tile map, the small multiples. */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { server } from '../../mocks/node'
import { http, HttpResponse } from 'msw'
import { CHINA_PROV_GRID } from '../../src/features/regions/chinaGrid'
import { formatPercent, formatPersons } from '../../src/lib/format'
import { messages } from '../../src/features/regions/messages'
import { currentParams, renderApp } from '../utils'

const figure = () => document.querySelector<HTMLElement>('figure[data-chart="regions"]')!
const panel = async () => {
  await screen.findByRole('tablist', { name: '省份视图' })
  return figure()
}
/** The map (or the small multiples), once drawn, inside the Regions panel. */
const drawing = async (name: string) => {
  // the map and small multiples are a chunk of their own, loaded when first chosen: allow for a busy machine
  const found = await screen.findByRole('group', { name }, { timeout: 5000 })
  expect(figure()).toContainElement(found)
  return found
}
const tabs = async (name = '省份视图') => {
  const list = await screen.findByRole('tablist', { name })
  expect(figure()).toContainElement(list)
  return list
}

describe('the Regions panel tabs', () => {
  it('switch by click and by arrow keys, with the URL, and come back with history', async () => {
    const user = userEvent.setup()
    renderApp()
    const list = await tabs()
    const tab = (name: string) => within(list).getByRole('tab', { name })
    expect(tab('排名')).toHaveAttribute('aria-selected', 'true')
    expect(within(figure()).getByRole('tabpanel')).toHaveAccessibleName('排名')
    expect(await within(figure()).findByRole('heading', { name: /^各省份.*排名/ })).toBeInTheDocument()

    await user.click(tab('地图'))
    expect(currentParams()).toEqual({ provinces: 'map' })
    expect(tab('地图')).toHaveAttribute('aria-selected', 'true')
    expect(tab('地图')).toHaveAttribute('tabindex', '0')
    expect(tab('排名')).toHaveAttribute('tabindex', '-1')

    // one tab stop; the arrows move and select, wrapping round
    await user.keyboard('{ArrowRight}')
    expect(currentParams()).toEqual({ provinces: 'trends' })
    expect(tab('趋势')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(currentParams()).toEqual({})
    expect(tab('排名')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(currentParams()).toEqual({ provinces: 'trends' })
    await user.keyboard('{Home}')
    expect(currentParams()).toEqual({})

    act(() => window.history.back())
    await waitFor(() => expect(currentParams()).toEqual({ provinces: 'trends' }))
    await waitFor(() => expect(tab('趋势')).toHaveAttribute('aria-selected', 'true'))
  })

  it('restores the tab from a link, in English', async () => {
    renderApp('?lang=en&provinces=map')
    const list = await tabs('Provinces view')
    expect(within(list).getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
    expect(
      within(list)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Ranking', 'Map', 'Trends'])
  })

  it('a bad tab in a link falls back to the ranking with the notice naming it', async () => {
    renderApp('?provinces=globe')
    expect(await screen.findByRole('alert')).toHaveTextContent('省份视图')
    const list = await tabs()
    expect(within(list).getByRole('tab', { name: '排名' })).toHaveAttribute('aria-selected', 'true')
    await waitFor(() => expect(currentParams()).toEqual({}))
  })
})

const at = (category: keyof typeof dataSet.values, region: string, month = dataSet.asOf) =>
  dataSet.values[category][region][dataSet.months.indexOf(month)]
const name = (id: string, lang: 'zh' | 'en') => dataSet.regions.find((r) => r.id === id)!.name[lang]

describe('the tile map', () => {
  it('draws the 34 divisions: 25 buttons named with value and metric, 9 marked not covered', async () => {
    renderApp('?provinces=map')
    const map = await drawing('各省份人数')
    const buttons = within(map).getAllByRole('button')
    const others = within(map).getAllByRole('img')
    expect(buttons).toHaveLength(25)
    expect(others).toHaveLength(9)
    expect(buttons.length + others.length).toBe(CHINA_PROV_GRID.length)
    const t = messages.zh
    expect(
      within(map).getByRole('button', { name: t.mapTile('贵州', '人数', formatPersons(at('total', '520000'), 'zh')) }),
    ).toBeInTheDocument()
    for (const zh of ['北京', '天津', '上海', '江苏', '浙江', '广东', '台湾', '香港', '澳门'])
      expect(within(map).getByRole('img', { name: t.mapTileNotCovered(zh) })).toHaveTextContent('不适用')
  })

  it('selects a province by click and by Enter, marks it, and keeps the map open', async () => {
    const user = userEvent.setup()
    renderApp('?lang=en&provinces=map')
    const map = await drawing('Provinces by persons')
    const guizhou = within(map).getByRole('button', { name: new RegExp(`^${name('520000', 'en')} – `) })
    await user.click(guizhou)
    expect(currentParams()).toEqual({ lang: 'en', provinces: 'map', region: '520000' })
    await waitFor(() =>
      expect(within(map).getByRole('button', { name: /^Guizhou – / })).toHaveAttribute('aria-current', 'true'),
    )
    within(map)
      .getByRole('button', { name: /^Yunnan – / })
      .focus()
    await user.keyboard('{Enter}')
    expect(currentParams()).toMatchObject({ region: '530000' })
  })

  it('draws a province without figures for the category as not covered, never as zero', async () => {
    renderApp('?provinces=map&category=key_county')
    const map = await drawing('各省份人数')
    const covered = dataSet.coverage.key_county.filter((id) => id !== dataSet.nationalId)
    expect(within(map).getAllByRole('button')).toHaveLength(covered.length)
    expect(within(map).getByRole('img', { name: messages.zh.mapTileNotCovered('辽宁') })).toBeInTheDocument()
  })

  it('colours by the sort metric: attainment tiles and legend in per cent, with 100% marked', async () => {
    const user = userEvent.setup()
    renderApp('?provinces=map')
    await drawing('各省份人数')
    await user.selectOptions(within(figure()).getByLabelText('排序'), '按完成率')
    const map = within(figure()).getByRole('group', { name: '各省份完成率' })
    expect(within(map).getByText(messages.zh.mapTargetBreak('100%'))).toBeInTheDocument()
    // the breaks are per-cent ranges (which ones depends on the data: some provinces are below their target)
    expect(within(map).getAllByText(/\d+%–\d+%/).length).toBeGreaterThan(1)
  })
})

describe('the small multiples (Trends tab)', () => {
  it('draws 25 small charts from one request, and a click on one selects its province', async () => {
    const requests: string[] = []
    const count = ({ request }: { request: Request }) => requests.push(new URL(request.url).pathname)
    server.events.on('request:start', count)
    try {
      const user = userEvent.setup()
      renderApp('?provinces=trends')
      const multiples = await drawing('各省份脱贫人口务工就业月度趋势')
      const charts = within(multiples).getAllByRole('button')
      expect(charts).toHaveLength(25)
      expect(within(multiples).getAllByRole('img')).toHaveLength(9)
      expect(requests.filter((p) => p.endsWith('/regions/series'))).toHaveLength(1)
      expect(requests.filter((p) => p.endsWith('/regions'))).toHaveLength(0)
      // the accessible name gives the end month's attainment, computed from the data set
      const ratio = at('total', '520000') / dataSet.targets.total!['520000']
      const guizhou = within(multiples).getByRole('button', { name: new RegExp(`^贵州：2024年8月完成率`) })
      expect(guizhou).toHaveAccessibleName(`贵州：2024年8月完成率${formatPercent(ratio, 'zh')}`)
      expect(within(figure()).getByText(/^截至2024年8月底，25个省份/)).toBeInTheDocument()
      await user.click(guizhou)
      expect(currentParams()).toEqual({ provinces: 'trends', region: '520000' })
      await waitFor(() =>
        expect(within(multiples).getByRole('button', { name: /^贵州/ })).toHaveAttribute('aria-current', 'true'),
      )
      // choosing a province re-asks nothing: the small multiples do not depend on the region
      expect(requests.filter((p) => p.endsWith('/regions/series'))).toHaveLength(1)
    } finally {
      server.events.removeListener('request:start', count)
    }
  })

  it('has a data table with one row per province and month, in English', async () => {
    const user = userEvent.setup()
    renderApp('?lang=en&provinces=trends&from=2024-06')
    await drawing('People in work by province: monthly trends')
    await user.click(within(figure()).getByRole('button', { name: 'Data table' }))
    const table = within(figure()).getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 25 * 3)
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Region/), expect.stringMatching(/^Attained/)]))
  })

  it('refuses an answer naming an unknown or repeated province, or a series of the wrong length', async () => {
    type Item = { region: string; points: unknown[] }
    // the faithful answer, from the data set, then spoilt
    const good = () => ({
      category: 'total',
      from: dataSet.months[0],
      to: dataSet.asOf,
      items: dataSet.regionIds
        .filter((id) => id !== dataSet.nationalId)
        .map((region) => ({
          region,
          points: dataSet.months.map((month, i) => ({
            month,
            value: dataSet.values.total[region][i],
            target: dataSet.targets.total![region],
          })),
        })),
    })
    expect(good().items).toHaveLength(25)
    const spoilt: ((items: Item[]) => Item[])[] = [
      (items) => [...items, { ...items[0], region: '990000' }],
      (items) => [...items, items[0]],
      (items) => items.map((item, n) => (n ? item : { ...item, points: item.points.slice(1) })),
    ]
    for (const change of spoilt) {
      const body = good()
      server.use(http.get('*/api/v1/regions/series', () => HttpResponse.json({ ...body, items: change(body.items) })))
      renderApp('?provinces=trends')
      expect(await within(await panel()).findByText(messages.zh.errorFormat)).toBeInTheDocument()
      expect(within(figure()).queryAllByRole('button', { name: /^贵州：/ })).toHaveLength(0)
      cleanup()
      server.resetHandlers()
    }
  })
})
