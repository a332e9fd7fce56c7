import { View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** The QR code's modules, row by row (true = dark), error correction M. Digits use numeric mode. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, /^\d+$/.test(text) ? 'Numeric' : 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
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
