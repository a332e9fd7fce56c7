import { Text, View } from '@tarojs/components'
import type { TrackPoint } from '@/contract'

/** At most this many dots: a long walk is thinned evenly, so the sketch stays light. */
const MAX_DOTS = 120

/**
 * The walk drawn with plain Views: each sampled position a dot in a box scaled to the track
 * (north up). No map and no chart library; the numbers are in the text beside it.
 */
export function TrackSketch({ track, label }: { track: TrackPoint[]; label: string }) {
  if (track.length < 2) return <Text className='muted'>这次巡查没有记录到轨迹</Text>
  const step = Math.max(1, Math.ceil(track.length / MAX_DOTS))
  const shown = track.filter((_, i) => i % step === 0 || i === track.length - 1)
  const lats = shown.map((p) => p.lat)
  const lngs = shown.map((p) => p.lng)
  const [minLat, maxLat, minLng, maxLng] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lngs),
    Math.max(...lngs),
  ]
  const span = Math.max(maxLat - minLat, maxLng - minLng, 1e-5)
  return (
    <View className='track-sketch' aria-label={label} role='img'>
      {shown.map((p, i) => (
        <View
          key={i}
          className={`track-sketch__dot ${i === 0 ? 'track-sketch__dot--start' : ''} ${i === shown.length - 1 ? 'track-sketch__dot--end' : ''}`}
          style={{
            left: `${5 + ((p.lng - minLng) / span) * 90}%`,
            top: `${95 - ((p.lat - minLat) / span) * 90}%`,
          }}
        />
      ))}
    </View>
  )
}
