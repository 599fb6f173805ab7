/**
 * The system Chromium (Debian's package) and how to start it here, for the end-to-end tests and the bench:
 * Playwright never downloads a browser. As root it needs --no-sandbox; the machine has no internet, so background
 * networking is off.
 */
import { existsSync } from 'node:fs'

export function chromiumPath(): string {
  const path =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  if (!path) {
    throw new Error(
      'The end-to-end tests and the bench need Chromium and a CJK font. Install them with:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    )
  }
  return path
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
