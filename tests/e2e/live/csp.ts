/**
 * Content-Security-Policy violations seen by a page, from both sides: the `securitypolicyviolation` event (added
 * before any page script runs, and reported through a binding, so it survives navigations) and Chromium's console
 * message. A test asserts the list is empty.
 */
import type { Page } from '@playwright/test'

export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`console: ${message.text()}`)
  })
  return violations
}

/** The same violation reported many times (once per element, say) listed once, with its count. */
export function summarise(violations: string[]): string[] {
  const counts = new Map<string, number>()
  for (const v of violations) counts.set(v.slice(0, 200), (counts.get(v.slice(0, 200)) ?? 0) + 1)
  return [...counts].map(([v, n]) => `${n}× ${v}`)
}
