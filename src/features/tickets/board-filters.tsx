import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { STATUS_FILTER_LABELS, type StatusFilter } from '@/contract'
import { Tabs } from '@/components/tabs'
import { useCategories } from '@/data/reference'

/** 未受理 never shows on the board (rejected and merged tickets are not public). */
const BOARD_STATUSES: readonly StatusFilter[] = ['all', 'pending', 'in_progress', 'resolved', 'closed']
const STATUS_TABS = BOARD_STATUSES.map((value) => ({ value, label: STATUS_FILTER_LABELS[value] }))

export interface BoardFilter {
  status: StatusFilter
  categoryId: string | null
}

/** The category's name by id, for markers and the filter button. */
export function useCategoryNames(): Map<string, string> {
  const categories = useCategories()
  const names = new Map<string, string>()
  for (const g of categories.data?.items ?? []) for (const c of g.children) names.set(c.id, c.name)
  return names
}

/** Status tabs and a category choice; the map and the list both follow them. */
export function BoardFilters({
  value,
  onChange,
}: {
  value: BoardFilter
  onChange: (f: BoardFilter) => void
}) {
  const categories = useCategories()
  const [open, setOpen] = useState(false)
  const names = useCategoryNames()
  const chosen = value.categoryId ? names.get(value.categoryId) : null
  const pick = (categoryId: string | null) => {
    onChange({ ...value, categoryId })
    setOpen(false)
  }
  return (
    <View className='board-filters'>
      <Tabs tabs={STATUS_TABS} value={value.status} onChange={(status) => onChange({ ...value, status })} />
      <View
        className='board-filters__category'
        role='button'
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Text>问题类别：{chosen ?? '全部'}</Text>
        <Text className='board-filters__caret'>{open ? '收起' : '更改'}</Text>
      </View>
      {open && (
        <View className='board-filters__list'>
          <Text className={`chip ${value.categoryId === null ? 'chip--on' : ''}`} onClick={() => pick(null)}>
            全部类别
          </Text>
          {categories.error ? <Text className='form-error'>问题类别暂时加载不出来，请稍后再试</Text> : null}
          {(categories.data?.items ?? []).map((g) => (
            <View key={g.id} className='board-filters__group'>
              <Text className='board-filters__group-name'>{g.name}</Text>
              <View className='chip-row'>
                {g.children.map((c) => (
                  <Text
                    key={c.id}
                    className={`chip ${c.id === value.categoryId ? 'chip--on' : ''}`}
                    onClick={() => pick(c.id)}
                  >
                    {c.name}
                  </Text>
                ))}
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
