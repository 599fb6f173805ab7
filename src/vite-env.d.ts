/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_MOCKING?: string
  readonly VITE_API_BASE_URL?: string
  readonly VITE_API_TIMEOUT_MS?: string
  readonly VITE_LOGIN_URL?: string
  readonly VITE_MOCK_USER?: string
  readonly VITE_ISSUING_UNIT?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
