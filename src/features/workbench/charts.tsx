import { Text, View } from '@tarojs/components'

/**
 * Charts drawn with plain Views (no chart library in the package): bars are boxes with a
 * height in %, the line is short rotated boxes between points. Each chart carries its figures
 * as an aria-label, and the page lists them as text too.
 */

export interface Series {
  label: string
  values: number[]
}

const LINE_W = 300
const LINE_H = 120

export function BarLineChart({
  labels,
  bars,
  line,
  summary,
}: {
  labels: string[]
  bars: Series
  line: Series
  summary: string
}) {
  const max = Math.max(1, ...bars.values, ...line.values)
  const n = labels.length
  const x = (i: number) => ((i + 0.5) / n) * LINE_W
  const y = (v: number) => LINE_H - (v / max) * LINE_H
  const points = line.values.map((v, i) => ({ x: x(i), y: y(v) }))
  return (
    <View className='chart' role='img' aria-label={summary}>
      <View className='chart__plot' style={{ width: `${LINE_W}px`, height: `${LINE_H}px` }}>
        {bars.values.map((v, i) => (
          <View
            key={`b${i}`}
            className='chart__bar'
            style={{
              left: `${(i / n) * LINE_W + LINE_W / n / 4}px`,
              width: `${LINE_W / n / 2}px`,
              height: `${(v / max) * LINE_H}px`,
            }}
          />
        ))}
        {points.slice(1).map((p, i) => {
          const a = points[i]
          const len = Math.hypot(p.x - a.x, p.y - a.y)
          const angle = (Math.atan2(p.y - a.y, p.x - a.x) * 180) / Math.PI
          return (
            <View
              key={`l${i}`}
              className='chart__segment'
              style={{
                left: `${a.x}px`,
                top: `${a.y}px`,
                width: `${len}px`,
                transform: `rotate(${angle}deg)`,
              }}
            />
          )
        })}
        {points.map((p, i) => (
          <View key={`d${i}`} className='chart__dot' style={{ left: `${p.x - 4}px`, top: `${p.y - 4}px` }} />
        ))}
      </View>
      <View className='chart__axis' style={{ width: `${LINE_W}px` }}>
        {labels.map((l) => (
          <Text key={l} className='chart__tick' style={{ width: `${LINE_W / n}px` }}>
            {l}
          </Text>
        ))}
      </View>
      <View className='chart__legend'>
        <Text className='chart__key chart__key--bar'>{bars.label}</Text>
        <Text className='chart__key chart__key--line'>{line.label}</Text>
      </View>
    </View>
  )
}

/** Horizontal bars, one row per item, the figure written at the end. */
export function HBars({
  rows,
  summary,
}: {
  rows: { label: string; value: number; note: string }[]
  summary: string
}) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  return (
    <View className='hbars' role='img' aria-label={summary}>
      {rows.map((r) => (
        <View key={r.label} className='hbars__row'>
          <Text className='hbars__label'>{r.label}</Text>
          <View className='hbars__track'>
            <View className='hbars__bar' style={{ width: `${(r.value / max) * 100}%` }} />
          </View>
          <Text className='hbars__value'>{r.note}</Text>
        </View>
      ))}
    </View>
  )
}
