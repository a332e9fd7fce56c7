import { render } from '@testing-library/react'
import qrcode from 'qrcode-generator'
import { QrCode, QUIET_ZONE } from '@/components/qr-code'
import { drawnMatrix } from '../utils/points'

/** The symbol alone, as the library draws it. */
function symbol(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, 'Numeric')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}

describe('the voucher QR code', () => {
  it.each(['123456789012', '000000000000', '987654321098'])(
    'is drawn with a light quiet zone of exactly 4 modules on every side (%s)',
    (code) => {
      const { container } = render(<QrCode value={code} label='券码二维码' />)
      const drawn = drawnMatrix(container.querySelector('.qr-code') as HTMLElement)
      const inner = symbol(code)
      const n = inner.length
      expect(QUIET_ZONE).toBe(4)
      expect(drawn).toHaveLength(n + 8)
      for (const row of drawn) expect(row).toHaveLength(n + 8)
      const light = (r: number, c: number) => !drawn[r][c]
      for (let i = 0; i < n + 8; i++)
        for (let k = 0; k < 4; k++) {
          expect(light(k, i) && light(n + 7 - k, i) && light(i, k) && light(i, n + 7 - k)).toBe(true)
        }
      // the symbol inside is the library's, untouched, and its finder patterns touch the zone
      expect(drawn.slice(4, n + 4).map((row) => row.slice(4, n + 4))).toEqual(inner)
      expect(drawn[4][4]).toBe(true)
    },
  )
})
