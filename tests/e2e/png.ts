/** Exported PNGs read back in the browser, for the end-to-end tests of the exports and the briefing. */
import type { Page } from '@playwright/test'

/** Decodes a PNG in a blank page (no app, no CSP) and reports what the test needs to know of its pixels. */
export async function inspectPng(page: Page, bytes: Buffer, points: { x: number; y: number }[] = []) {
  const blank = await page.context().newPage()
  try {
    return await blank.evaluate(
      async ([b64, points]) => {
        const image = new Image()
        image.src = `data:image/png;base64,${b64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.naturalWidth
        canvas.height = image.naturalHeight
        const context = canvas.getContext('2d')!
        context.drawImage(image, 0, 0)
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
        let transparent = 0
        let nonWhite = 0
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] !== 255) transparent += 1
          if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) nonWhite += 1
        }
        // Dark pixels in the title band (the top 60 CSS px at the image's scale) mean the title was drawn.
        const scale = canvas.width / 1008
        const band = context.getImageData(0, 0, canvas.width, Math.round(60 * scale)).data
        let dark = 0
        for (let i = 0; i < band.length; i += 4) if (band[i] < 80 && band[i + 1] < 80 && band[i + 2] < 80) dark += 1
        const corner = context.getImageData(2, 2, 1, 1).data
        const at = points.map((p) => [...context.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)])
        return {
          at,
          width: canvas.width,
          height: canvas.height,
          transparent,
          nonWhiteShare: nonWhite / (data.length / 4),
          titleDarkPixels: dark,
          corner: [...corner],
        }
      },
      [bytes.toString('base64'), points] as const,
    )
  } finally {
    await blank.close()
  }
}
