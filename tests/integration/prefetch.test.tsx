/**
 * The boot prefetch (app/prefetch.ts): the first view's requests go out before React renders, into the client the
 * app then uses, and the app asks none of them again; a /meta that fails ends in the app's error with a retry.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { MOCK_USERS } from '../../mocks/data/users'
import { createHandlers } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { App } from '../../src/app/App'
import { prefetchFirstView } from '../../src/app/prefetch'
import { createQueryClient } from '../../src/app/queryClient'

function countRequests() {
  const asked: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    asked.push(url.pathname.replace('/api/v1', '') + url.search)
  }
  server.events.on('request:start', listener)
  return { asked, stop: () => server.events.removeListener('request:start', listener) }
}

/** Every panel of the page drawn from its data: the panels' frames there, none loading or updating. */
async function everyPanelDrawn() {
  await waitFor(
    () => {
      expect(document.querySelectorAll('.page figure').length).toBeGreaterThanOrEqual(5)
      expect(document.querySelector('.skeleton, [aria-busy="true"]')).toBeNull()
    },
    { timeout: 10_000 },
  )
  // Give any panel every chance to ask for something more.
  await new Promise((r) => setTimeout(r, 100))
}

describe('the boot prefetch', () => {
  // The first view's requests all leave from the prefetch, before any component exists; the app then asks nothing
  // that was not asked at boot, and nothing twice (a panel whose query key differs from the prefetch's would do both).
  it.each([
    ['the default view', ''],
    ['a province, another category and the small multiples', '?region=410000&category=key_county&provinces=trends'],
    ['the trend compared with two regions, by index', '?region=530000&with=410000,620000&axis=index&to=2024-06'],
    ['a province that does not report the category', '?region=540000&category=relocated'],
  ])('asks every request of %s at boot, each once', async (_, search) => {
    window.history.replaceState(null, '', `/${search}`)
    const requests = countRequests()
    const queryClient = createQueryClient({ retry: false })
    await prefetchFirstView(queryClient, window.location.search)
    const atBoot = [...requests.asked]
    render(<App queryClient={queryClient} />)
    await everyPanelDrawn()
    requests.stop()
    expect(requests.asked).toEqual(atBoot) // none asked after the boot
    expect(new Set(atBoot).size).toBe(atBoot.length) // none asked twice
    const paths = new Set(atBoot.map((a) => a.split('?')[0]))
    // every panel's resource is among them
    for (const path of ['/me', '/meta', '/targets', '/monitoring', '/annotations', '/channels']) {
      expect(paths, path).toContain(path)
    }
    expect(paths).toContain(search.includes('trends') ? '/regions/series' : '/regions')
  })

  it('asks /meta and the headline figures once: the app finds them in its client', async () => {
    window.history.replaceState(null, '', '/?region=530000')
    const requests = countRequests()
    const queryClient = createQueryClient({ retry: false })
    const prefetched = prefetchFirstView(queryClient, window.location.search)
    render(<App queryClient={queryClient} />)
    await prefetched
    const total = await screen.findByRole('article', { name: '脱贫人口务工就业规模' })
    expect(within(total).getByText(/万$/)).toBeInTheDocument()
    // Give the cards' queries every chance to ask again.
    await new Promise((r) => setTimeout(r, 50))
    requests.stop()
    const count = (path: string) => requests.asked.filter((a) => a.startsWith(path)).length
    expect(count('/meta')).toBe(1)
    expect(requests.asked.filter((a) => a === '/me')).toHaveLength(1)
    expect(count('/targets?region=530000&month=2024-08')).toBe(1)
    expect(count('/series?region=530000&category=total')).toBe(1)
    expect(count('/monitoring?month=2024-08')).toBe(1)
  })

  it('asks for a provincial user’s own province, never for a region outside the scope the link names', async () => {
    server.use(...createHandlers(dataSet, () => MOCK_USERS.henan))
    window.history.replaceState(null, '', '/?region=530000')
    const requests = countRequests()
    const queryClient = createQueryClient({ retry: false })
    await prefetchFirstView(queryClient, window.location.search)
    requests.stop()
    const regions = requests.asked.flatMap((a) => new URLSearchParams(a.split('?')[1] ?? '').getAll('region'))
    expect(regions.length).toBeGreaterThan(0)
    expect(new Set(regions)).toEqual(new Set(['410000']))
  })

  it('leaves a failed /meta to the app, which replaces the shell with the error and a retry', async () => {
    window.history.replaceState(null, '', '/')
    let failing = true
    server.use(
      http.get('*/api/v1/meta', () =>
        failing
          ? HttpResponse.json(
              { title: 'down', status: 503 },
              { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const queryClient = createQueryClient({ retry: false })
    await prefetchFirstView(queryClient, '').catch(() => undefined)
    render(<App queryClient={queryClient} />)
    const alert = await screen.findByRole('alert')
    expect(document.querySelector('.kpi.skeleton')).toBeNull() // the shell is gone, not loading forever
    failing = false
    within(alert).getByRole('button', { name: '重试' }).click()
    await waitFor(() => expect(screen.getByText('数据截至2024年8月底')).toBeInTheDocument())
  })
})
