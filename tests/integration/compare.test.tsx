/** Compare regions on the trend (issue 11 #4): the control, the URL, the legend and the table. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { formatPercent } from '../../src/lib/format'
import { currentParams, renderApp } from '../utils'

const trend = async (name = '对比地区') => {
  await screen.findByRole('group', { name })
  return document.querySelector<HTMLElement>('figure[data-chart="trend"]')!
}
const at = (region: string, month: string) => dataSet.values.total[region][dataSet.months.indexOf(month)]
const attained = (region: string, month = dataSet.asOf) => at(region, month) / dataSet.targets.total![region]

describe('compare regions on the trend', () => {
  it('adds a region: a legend entry and a table column each, in the URL, and removes it again', async () => {
    const user = userEvent.setup()
    renderApp('?region=520000')
    const figure = await trend()
    await user.selectOptions(within(figure).getByLabelText('添加对比'), '云南')
    expect(currentParams()).toEqual({ region: '520000', with: '530000' })
    const legend = await within(figure).findByRole('list')
    await waitFor(() =>
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((i) => i.textContent),
      ).toEqual(['贵州', '云南']),
    )
    await user.selectOptions(within(figure).getByLabelText('添加对比'), '全国')
    expect(currentParams()).toEqual({ region: '520000', with: '530000,000000' })
    await waitFor(() =>
      expect(
        within(within(figure).getByRole('list'))
          .getAllByRole('listitem')
          .map((i) => i.textContent),
      ).toEqual(['贵州', '云南', '全国']),
    )
    await user.click(within(figure).getByRole('button', { name: '数据表' }))
    const table = within(figure).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↑↓↕\s]/g, '')),
    ).toEqual(['月份', '贵州', '云南', '全国'])
    const august = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader')?.textContent === '2024年8月')!
    expect(
      within(august)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['520000', '530000', '000000'].map((id) => formatPercent(attained(id), 'zh')))
    expect(within(figure).getByText(/^截至2024年8月底，各地区完成年度目标任务的比例：贵州/)).toBeInTheDocument()

    await user.click(within(figure).getByRole('button', { name: '移除云南' }))
    expect(currentParams()).toEqual({ region: '520000', with: '000000' })
  })

  it('switches the axis to an index of the first month, in the URL, and opens from a link in English', async () => {
    const user = userEvent.setup()
    renderApp('?lang=en&with=530000,450000&axis=index')
    const figure = await trend('Compare regions')
    await waitFor(() =>
      expect(
        within(within(figure).getByRole('list'))
          .getAllByRole('listitem')
          .map((i) => i.textContent),
      ).toEqual(['National', 'Yunnan', 'Guangxi']),
    )
    const index = at('530000', '2024-08') / at('530000', '2024-01')
    expect(
      within(figure).getByText(/^By the end of August 2024, measured against January 2024, the number stood at/),
    ).toHaveTextContent(`${formatPercent(index, 'en')} in Yunnan`)
    await user.selectOptions(within(figure).getByLabelText('Compare by'), 'attainment')
    expect(currentParams()).toEqual({ lang: 'en', with: '530000,450000' })
  })

  it('a bad comparison in a link falls back with the notice naming it', async () => {
    renderApp('?with=530000,530000')
    expect(await screen.findByRole('alert')).toHaveTextContent('对比地区')
    await waitFor(() => expect(currentParams()).toEqual({}))
  })

  it('a compared region without the chosen category stays as a chip that says why, and the sentence says so', async () => {
    const user = userEvent.setup()
    renderApp('?region=520000&with=530000,410000')
    const figure = await trend()
    await user.selectOptions(screen.getByLabelText('类别'), 'key_county')
    // 河南 has no key assistance counties: its chip stays (the URL still names it), marked not applicable …
    const henan = await within(figure).findByRole('button', { name: '移除河南' })
    await waitFor(() => expect(henan.parentElement).toHaveTextContent('不适用，未画出'))
    expect(within(figure).getByRole('button', { name: '移除云南' }).parentElement).not.toHaveTextContent('不适用')
    expect(currentParams()).toMatchObject({ with: '530000,410000', category: 'key_county' })
    // … the legend draws 贵州 and 云南 only, and the summary names what was left out, as "not applicable"
    await waitFor(() =>
      expect(
        within(within(figure).getByRole('list'))
          .getAllByRole('listitem')
          .map((i) => i.textContent),
      ).toEqual(['贵州', '云南']),
    )
    await waitFor(() =>
      expect(figure.querySelector('.panel-summary')).toHaveTextContent(/不适用：河南不涉及重点帮扶县。$/),
    )
  })
})
