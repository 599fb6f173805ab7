/**
 * The signed-in user's scope (GET /me): a provincial office sees its own province and nothing else, a link to a region
 * outside the scope is refused and never asked for, and a new user after a 401 sees nothing cached for the previous
 * one. A /me that fails or lies is an error with a retry, never read as "a national user".
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { dataSet, NATIONAL_ID } from '../../mocks/data/dataset'
import { MOCK_USERS, type MockUserId } from '../../mocks/data/users'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { formatPersons } from '../../src/lib/format'
import { messages } from '../fixtures/messages'
import { currentParams, renderApp } from '../utils'

vi.setConfig({ testTimeout: 20_000 })

const zh = messages.zh
const HENAN = '410000'
const I = dataSet.months.indexOf(dataSet.asOf)
const totalOf = (region: string) => formatPersons(dataSet.values.total[region][I], 'zh')

/** The mock backend signed in as `user`, recording the region of every request. */
function signIn(user: MockUserId) {
  const asked: string[] = []
  server.use(
    http.get('*/api/v1/*', ({ request }) => {
      const region = new URL(request.url).searchParams.get('region')
      if (region) asked.push(region)
      return undefined
    }),
    ...createHandlers(dataSet, () => MOCK_USERS[user]),
  )
  return asked
}

const regionSelect = () => screen.getByRole('combobox', { name: zh.region })
const kpiTotal = () => screen.findByRole('article', { name: zh.kpiTotal }, { timeout: 5000 })

describe('a provincial user', () => {
  it('opens on their province, is offered only it, and sees who is signed in', async () => {
    const asked = signIn('henan')
    renderApp()
    const card = await kpiTotal()
    await waitFor(() => expect(card).toHaveTextContent(totalOf(HENAN)))
    const options = within(regionSelect()).getAllByRole('option')
    expect(options.map((o) => o.getAttribute('value'))).toEqual([HENAN])
    expect(screen.getByText(zh.signedIn(MOCK_USERS.henan.name, '河南'))).toBeInTheDocument()
    expect(currentParams()).toEqual({})
    expect(new Set(asked)).toEqual(new Set([HENAN]))
  })

  it('following a link to another region: the notice, their own province, and the region never asked for', async () => {
    const asked = signIn('henan')
    renderApp('?region=520000&with=000000&category=relocated')
    expect(await screen.findByText(zh.noPermissionRegion('河南'))).toBeInTheDocument()
    expect(screen.getByText(zh.noPermissionCompare)).toBeInTheDocument()
    const card = await kpiTotal()
    await waitFor(() => expect(card).toHaveTextContent(totalOf(HENAN)))
    // the address is corrected, keeping what was allowed
    expect(currentParams()).toEqual({ category: 'relocated' })
    expect(asked).not.toContain('520000')
    expect(asked).not.toContain(NATIONAL_ID)
  })

  it('a 403 from the backend still shows its message in the panel', async () => {
    signIn('henan')
    server.use(
      http.get('*/api/v1/channels', () =>
        HttpResponse.json(
          { status: 403, title: 'Forbidden' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    renderApp()
    const channels = await waitFor(() => {
      const figure = document.querySelector<HTMLElement>('figure[data-chart="channels"]')
      expect(figure).toHaveTextContent(zh.errorForbidden)
      return figure!
    })
    expect(within(channels).getByRole('button', { name: zh.retry })).toBeInTheDocument()
  })
})

describe('the national user', () => {
  it('is offered every region and opens on the nation', async () => {
    signIn('national')
    renderApp()
    const card = await kpiTotal()
    await waitFor(() => expect(card).toHaveTextContent(totalOf(NATIONAL_ID)))
    expect(within(regionSelect()).getAllByRole('option')).toHaveLength(dataSet.regions.length)
    expect(screen.getByText(zh.signedIn(MOCK_USERS.national.name, '全国'))).toBeInTheDocument()
  })
})

describe('when the signed-in user changes', () => {
  it('after a 401 and a new sign-in, nothing cached for the previous user is shown or kept', async () => {
    signIn('national')
    const { queryClient } = renderApp()
    const card = await kpiTotal()
    await waitFor(() => expect(card).toHaveTextContent(totalOf(NATIONAL_ID)))

    // The session expires: every request answers 401, /me included.
    const expired = () =>
      HttpResponse.json(
        { status: 401, title: 'Unauthorized' },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      )
    server.use(http.get('*/api/v1/*', expired))
    fireEvent.change(screen.getByRole('combobox', { name: zh.category }), { target: { value: 'relocated' } })
    // the whole page says so (the panels first, then the page once /me is refused too): no panel is left showing the
    // previous user's figures
    await waitFor(() => expect(document.querySelector('section.kpis')).toBeNull(), { timeout: 5000 })
    expect(screen.getByText(zh.errorSession)).toBeInTheDocument()

    // Someone else signs in (河南's office) and retries.
    server.resetHandlers()
    signIn('henan')
    fireEvent.click(screen.getByRole('button', { name: zh.retry }))
    // The link still says category=relocated, of a region the new user may see by default: their own province.
    const after = await kpiTotal()
    await waitFor(() => expect(screen.getByText(zh.signedIn(MOCK_USERS.henan.name, '河南'))).toBeInTheDocument())
    expect(after).not.toHaveTextContent(totalOf(NATIONAL_ID))
    const cachedRegions = queryClient
      .getQueryCache()
      .findAll()
      .flatMap((q) =>
        q.queryKey.filter((k): k is { region: string } => typeof k === 'object' && k !== null && 'region' in k),
      )
      .map((k) => k.region)
    expect(cachedRegions).not.toContain(NATIONAL_ID)
  })
})

describe('a /me that fails or lies', () => {
  const cases: [string, () => Response][] = [
    ['missing (404)', () => HttpResponse.json({ status: 404, title: 'Not found' }, { status: 404 })],
    ['malformed (no regions)', () => HttpResponse.json({ id: 'x', name: 'x', role: 'national' })],
    ['an empty scope', () => HttpResponse.json({ id: 'x', name: 'x', role: 'national', regions: [] })],
    ['a server error', () => HttpResponse.json({ status: 500 }, { status: 500 })],
  ]
  for (const [what, answer] of cases) {
    it(`${what}: an error with a retry, never the dashboard`, async () => {
      let broken = true
      server.use(http.get('*/api/v1/me', () => (broken ? answer() : undefined)))
      renderApp()
      const retry = await screen.findByRole('button', { name: zh.retry }, { timeout: 5000 })
      expect(screen.getByRole('alert')).toBeInTheDocument()
      expect(document.querySelector('section.kpis')).toBeNull()
      expect(screen.queryByRole('combobox', { name: zh.region })).toBeNull()
      broken = false
      fireEvent.click(retry)
      await kpiTotal()
    })
  }

  it('an empty scope: says the account has no region, not that the data has an unexpected format (issue 29)', async () => {
    server.use(
      http.get('*/api/v1/me', () => HttpResponse.json({ id: 'x', name: 'x', role: 'provincial', regions: [] })),
    )
    renderApp()
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(zh.errorNoRegions)
    expect(alert).not.toHaveTextContent(zh.errorFormat)
    expect(within(alert).getByRole('button', { name: zh.retry })).toBeEnabled()
  })

  it('a sign-in page instead of /me: says to sign in again, with the link (issue 29)', async () => {
    vi.stubEnv('VITE_LOGIN_URL', 'https://sso.example.gov.cn/login?app=jyfb')
    let signedIn = false
    server.use(
      http.get('*/api/v1/me', () =>
        signedIn
          ? undefined
          : new HttpResponse('<!DOCTYPE html><html><head><title>统一身份认证平台</title></head><body><form></form>', {
              headers: { 'Content-Type': 'text/html; charset=utf-8' },
            }),
      ),
    )
    renderApp()
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent(zh.errorSignIn)
    expect(within(alert).getByRole('link', { name: zh.signIn })).toHaveAttribute(
      'href',
      'https://sso.example.gov.cn/login?app=jyfb',
    )
    expect(document.querySelector('section.kpis')).toBeNull()
    signedIn = true
    fireEvent.click(within(alert).getByRole('button', { name: zh.retry }))
    await kpiTotal()
    vi.unstubAllEnvs()
  })

  it('a scope of regions the data does not know: says so, and shows no data', async () => {
    server.use(
      http.get('*/api/v1/me', () => HttpResponse.json({ id: 'x', name: 'x', role: 'provincial', regions: ['999999'] })),
    )
    renderApp()
    expect(await screen.findByText(zh.noScope)).toBeInTheDocument()
    expect(document.querySelector('section.kpis')).toBeNull()
  })
})
