/** Provinces side by side (issue 11): the Regions panel's tabs, the tile map, the small multiples. */
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { currentParams, renderApp } from '../utils'

const figure = () => document.querySelector<HTMLElement>('figure[data-chart="regions"]')!
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
