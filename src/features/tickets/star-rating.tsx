import { Text, View } from '@tarojs/components'

const STARS = [1, 2, 3, 4, 5] as const
export const STAR_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'] as const

/** 1–5 stars, each its own large tap target; read-only when no onChange is given. */
export function StarRating({ value, onChange }: { value: number; onChange?: (stars: number) => void }) {
  return (
    <View
      className={`stars ${onChange ? 'stars--input' : ''}`}
      role={onChange ? 'radiogroup' : 'img'}
      aria-label={`${value} 星`}
    >
      {STARS.map((n) => (
        <View
          key={n}
          className={`stars__star ${n <= value ? 'stars__star--on' : ''}`}
          role={onChange ? 'radio' : undefined}
          aria-checked={onChange ? n === value : undefined}
          aria-label={onChange ? `${n} 星` : undefined}
          onClick={onChange ? () => onChange(n) : undefined}
        >
          <Text>★</Text>
        </View>
      ))}
    </View>
  )
}
