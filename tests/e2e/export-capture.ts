/**
 * What an exported PNG was drawn from: every PNG export composes one SVG document and draws it on a canvas through a
 * blob URL. Wrapping URL.createObjectURL in the page keeps a copy of each such SVG, so a test can read the words
 * and numbers of an export instead of guessing them from pixels.
 */
import type { Page } from '@playwright/test'

export async function captureExportSvgs(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __exportSvgs: string[] }
    w.__exportSvgs = []
    const original = URL.createObjectURL.bind(URL)
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type.startsWith('image/svg+xml')) {
        void object.text().then((text) => w.__exportSvgs.push(text))
      }
      return original(object)
    }
  })
}

/** The text of every <text> element of the last exported picture, in document order. */
export async function lastExportTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svgs = (window as unknown as { __exportSvgs: string[] }).__exportSvgs
    const svg = svgs[svgs.length - 1]
    if (!svg) return []
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
  })
}

/** The last exported picture's SVG markup. */
export async function lastExportSvg(page: Page): Promise<string> {
  return page.evaluate(() => {
    const svgs = (window as unknown as { __exportSvgs: string[] }).__exportSvgs
    return svgs[svgs.length - 1] ?? ''
  })
}
