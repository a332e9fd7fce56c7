import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CategoryGroup, LeafCategory } from '@/contract'
import { useCategories } from '@/data/reference'
import { slaLine } from '@/components/format'
import { QueryState } from '@/components/query-state'

export function findLeaf(groups: CategoryGroup[] | undefined, id: string | null): LeafCategory | null {
  for (const g of groups ?? []) for (const c of g.children) if (c.id === id) return c
  return null
}

interface Props {
  value: string | null
  error?: string
  onChange: (id: string) => void
}

/** Two levels: pick the kind of problem, then the problem; its deadline and owner show at once. */
export function CategorySection({ value, error, onChange }: Props) {
  const categories = useCategories()
  const groups = categories.data?.items ?? []
  const selectedGroup = groups.find((g) => g.children.some((c) => c.id === value))
  const [openGroup, setOpenGroup] = useState<string | null>(null)
  const open = openGroup ?? selectedGroup?.id ?? groups[0]?.id
  const leaf = findLeaf(groups, value)

  return (
    <View className='card form-section'>
      <Text className='card__title'>问题类别</Text>
      <QueryState
        isPending={categories.isPending}
        error={categories.error}
        onRetry={() => void categories.refetch()}
      >
        <View className='chip-row'>
          {groups.map((g) => (
            <Text
              key={g.id}
              className={`chip ${g.id === open ? 'chip--on' : ''}`}
              onClick={() => setOpenGroup(g.id)}
            >
              {g.name}
            </Text>
          ))}
        </View>
        <View className='chip-row chip-row--leaves'>
          {groups
            .find((g) => g.id === open)
            ?.children.map((c) => (
              <Text
                key={c.id}
                className={`chip chip--leaf ${c.id === value ? 'chip--on' : ''}`}
                onClick={() => onChange(c.id)}
              >
                {c.name}
              </Text>
            ))}
        </View>
        {leaf && <Text className='muted sla-line'>{slaLine(leaf.slaHours, leaf.departmentName)}</Text>}
      </QueryState>
      {error && <Text className='form-error'>{error}</Text>}
    </View>
  )
}
