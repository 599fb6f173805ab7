import { setupWorker } from 'msw/browser'
import { dataSet } from './data/dataset'
import { DEFAULT_MOCK_USER, MOCK_USERS, isMockUserId } from './data/users'
import { createHandlers } from './handlers'

// `?mock=large` serves a larger synthetic data set (300 regions × 60 months) instead, for `npm run bench`.
const large = new URLSearchParams(window.location.search).get('mock') === 'large'
const data = large ? (await import('./data/large')).buildLargeDataSet() : dataSet
// The signed-in user, chosen at build time (.env.example; the build refuses an unknown one).
const userId = import.meta.env.VITE_MOCK_USER
const user = MOCK_USERS[userId && isMockUserId(userId) ? userId : DEFAULT_MOCK_USER]

export const worker = setupWorker(...createHandlers(data, () => user))
