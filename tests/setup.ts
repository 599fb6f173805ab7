import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../mocks/node'
import { loadPanels } from '../src/app/loadPanels'

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // The panels' chunk, loaded once before the tests as boot.tsx does when the app starts: the tests wait for data, not
  // for the first transform of the charts' code.
  await loadPanels()
})
afterEach(() => {
  server.resetHandlers()
  cleanup()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
