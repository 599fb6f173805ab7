import { setupWorker } from 'msw/browser'
import { dataSet } from './data/dataset'
import { createHandlers } from './handlers'

// `?mock=large` serves a larger synthetic data set (300 regions × 60 months) instead, for `npm run bench`.
const large = new URLSearchParams(window.location.search).get('mock') === 'large'
const data = large ? (await import('./data/large')).buildLargeDataSet() : dataSet

export const worker = setupWorker(...createHandlers(data))
