/**
 * Inputs for the pure transforms' tests: answers of the mock backend (real fetch through msw), the demo data set's
 * meta, and small hand-made series.
 */
import * as v from 'valibot'
import { expect } from 'vitest'
import { meta as mockMeta } from '../../mocks/handlers'
import { annotationsSchema } from '../../src/api/annotations'
import { channelsSchema } from '../../src/api/channels'
import type { CategoryId } from '../../src/api/common'
import { regionsSchema } from '../../src/api/regions'
import { regionsSeriesSchema } from '../../src/api/regionsSeries'
import { seriesSchema, type Series } from '../../src/api/series'
import { targetsSchema } from '../../src/api/targets'
import type { View } from '../../src/lib/view'

export const meta = mockMeta()
export const NATIONAL = '000000'
/** What Node's Intl (ICU) writes in an English month range: thin space U+2009, en dash U+2013, thin space. */
export const THIN_DASH = '\u2009\u2013\u2009'
export const VIEW: View = {
  lang: 'zh',
  region: NATIONAL,
  category: 'total',
  from: '2024-01',
  to: '2024-08',
  compare: 'mom',
  provinces: 'ranking',
  with: [],
  axis: 'attainment',
}

async function api<S extends v.GenericSchema>(path: string, params: Record<string, string>, schema: S) {
  const response = await fetch(`http://localhost/api/v1${path}?${new URLSearchParams(params)}`)
  expect(response.status).toBe(200)
  return v.parse(schema, await response.json())
}
/** The series from the first month of the data, as the trend and the streak card read it. */
export const history = (region: string, category: CategoryId, to = '2024-08') =>
  api('/series', { region, category, from: '2023-01', to }, seriesSchema)
export const targetsOf = (region: string, month = '2024-08') => api('/targets', { region, month }, targetsSchema)
export const regionsOf = (category: CategoryId, month = '2024-08') =>
  api('/regions', { category, month }, regionsSchema)
/** Every province's series of a category from the first month of the data, as the small multiples read it. */
export const regionsSeriesOf = (category: CategoryId, to = '2024-08') =>
  api('/regions/series', { category, from: '2023-01', to }, regionsSeriesSchema)
export const channelsOf = (region: string, month = '2024-08') => api('/channels', { region, month }, channelsSchema)
export const annotationsOf = (from: string, to: string) => api('/annotations', { from, to }, annotationsSchema)

/** A hand-made monthly series, oldest first. */
export function makeSeries(
  start: string,
  values: number[],
  extra: { target?: number | null; category?: CategoryId; region?: string } = {},
): Series {
  let [y, m] = start.split('-').map(Number)
  return {
    region: extra.region ?? NATIONAL,
    category: extra.category ?? 'total',
    points: values.map((value) => {
      const month = `${y}-${String(m).padStart(2, '0')}`
      m += 1
      if (m === 13) {
        y += 1
        m = 1
      }
      return { month, value, previousYear: null, target: extra.target ?? null }
    }),
  }
}
