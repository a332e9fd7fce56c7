import { Text, View } from '@tarojs/components'
import type { CategoryGroup } from '@/contract'
import { slaLine } from '@/components/format'

export function CategoryTree({ groups }: { groups: CategoryGroup[] }) {
  return (
    <View className='category-tree'>
      {groups.map((g) => (
        <View key={g.id} className='card category-group'>
          <Text className='category-group__name'>{g.name}</Text>
          {g.children.map((c) => (
            <View key={c.id} className='category-leaf'>
              <Text className='category-leaf__name'>{c.name}</Text>
              <Text className='category-leaf__sla'>{slaLine(c.slaHours, c.departmentName)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
