/** Provinces side by side (issue 11): the Regions panel's tabs, the tile map, the small multiples. */
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { CHINA_PROV_GRID } from '../../src/features/regions/grid'
import { formatPersons } from '../../src/lib/format'
import { messages } from '../../src/lib/i18n'
import { currentParams, renderApp } from '../utils'

const figure = () => document.querySelector<HTMLElement>('figure[data-chart="regions"]')!
/** The map (or the small multiples), once drawn, inside the Regions panel. */
const drawing = async (name: string) => {
  const found = await screen.findByRole('group', { name })
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
    expect(within(map).getByText('100%–105%', { exact: false })).toBeInTheDocument()
  })
})
