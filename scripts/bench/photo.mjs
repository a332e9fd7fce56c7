/**
 * The photo pipeline in a real Chromium: the report page (/pages/report/index) is given a
 * 4032×3024 camera JPEG with EXIF GPS through its file chooser; the app shrinks and re-encodes it
 * before POST /api/v1/uploads. Measured from the upload's answer (bytes, width, height: the
 * mock reads them from the bytes it received) and from the bytes served back (no EXIF left).
 */
import { hasExif, makePhoto } from '../../tests/e2e/lib/photo.mjs'
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs'
import { KB } from './util.mjs'

export const TARGETS = { bytes: 500 * KB, longEdge: 1920 }
const WIDTH = 4032
const HEIGHT = 3024

export async function measurePhoto({ baseUrl, mock }) {
  await mock.reset()
  const photo = makePhoto({ width: WIDTH, height: HEIGHT, gps: { lat: 34.7466, lng: 113.6254 } })
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(new URL('/pages/report/index', baseUrl).href)
    const plus = page.getByText('＋', { exact: true }).filter({ visible: true }).first()
    await plus.waitFor({ timeout: 30_000 })
    const uploaded = page.waitForResponse(
      (r) => r.url().includes('/api/v1/uploads') && r.request().method() === 'POST',
      { timeout: 60_000 },
    )
    const chooser = page.waitForEvent('filechooser')
    await plus.click()
    const chosenAt = Date.now()
    await (await chooser).setFiles([{ name: 'camera.jpg', mimeType: 'image/jpeg', buffer: photo }])
    const response = await uploaded
    const pipelineMs = Date.now() - chosenAt
    const answer = await response.json()
    if (!response.ok()) throw new Error(`upload answered ${response.status()}: ${JSON.stringify(answer)}`)
    const servedUrl = new URL(answer.url, mock.origin).href
    const served = Buffer.from(await (await fetch(servedUrl)).arrayBuffer())
    const longEdge = Math.max(answer.width, answer.height)
    return {
      input: { width: WIDTH, height: HEIGHT, bytes: photo.length, exif: hasExif(photo) },
      output: { width: answer.width, height: answer.height, bytes: answer.bytes, longEdge },
      served: { url: servedUrl, bytes: served.length, exif: hasExif(served) },
      pipelineMs,
      errors: [...browser.errors],
      ok: {
        bytes: answer.bytes <= TARGETS.bytes,
        longEdge: longEdge <= TARGETS.longEdge,
        exif: served.length === answer.bytes && !hasExif(served),
      },
    }
  } finally {
    await browser.close()
  }
}
