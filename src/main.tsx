/** Boot: start the mock backend when this build has it, then render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/styles.css'

async function startMockBackend() {
  // Read directly so a production build (mocks off) drops the import, and with it every byte of msw.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { worker } = await import('../mocks/browser')
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  }
}

await startMockBackend()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
