import { View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** The light margin a scanner needs around the symbol (ISO/IEC 18004): 4 modules on every side. */
export const QUIET_ZONE = 4

/**
 * The QR code's modules, row by row (true = dark), error correction M, with the quiet zone
 * drawn as light modules: it scales with the code, so it is exactly 4 modules in every mode
 * (a CSS padding would be a fixed width, too thin in 长辈模式's larger code). Digits use numeric mode.
 */
export function qrMatrix(text: string, quiet = QUIET_ZONE): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, /^\d+$/.test(text) ? 'Numeric' : 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  const size = n + 2 * quiet
  const dark = (r: number, c: number) =>
    r >= quiet && c >= quiet && r < n + quiet && c < n + quiet && qr.isDark(r - quiet, c - quiet)
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => dark(r, c)))
}

interface Run {
  dark: boolean
  length: number
}

/** A row as runs of one colour: far fewer nodes than one per module. */
function toRuns(row: boolean[]): Run[] {
  const runs: Run[] = []
  for (const dark of row) {
    const last = runs[runs.length - 1]
    if (last && last.dark === dark) last.length++
    else runs.push({ dark, length: 1 })
  }
  return runs
}

/**
 * A QR code drawn with plain Views: black runs on white, each run growing by its length in
 * modules inside a square the stylesheet sets (flex shares the width out exactly, where
 * rounded percentages left hairline gaps), so it looks the same on weapp and H5, no canvas.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const rows = useMemo(() => qrMatrix(value).map(toRuns), [value])
  return (
    <View className='qr-code' role='img' aria-label={label}>
      <View className='qr-code__matrix'>
        {rows.map((runs, r) => (
          <View key={r} className='qr-code__row'>
            {runs.map((run, i) => (
              <View
                key={i}
                className={run.dark ? 'qr-code__run qr-code__run--dark' : 'qr-code__run'}
                style={{ flexGrow: run.length }}
              />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
