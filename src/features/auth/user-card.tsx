import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type User } from '@/contract'

export function UserCard({ user }: { user: User }) {
  return (
    <View className='card user-card'>
      <View className='user-card__avatar'>
        <Text>{user.nickname.slice(0, 1)}</Text>
      </View>
      <View className='user-card__body'>
        <Text className='user-card__name'>{user.nickname}</Text>
        <View className='user-card__meta'>
          <Text className='tag tag--role'>{ROLE_LABELS[user.role]}</Text>
          {user.merchant && (
            <Text className='tag'>
              {user.merchant.shopName}
              {user.merchant.verified ? ' · 已认证' : ' · 待认证'}
            </Text>
          )}
        </View>
        {user.phone && <Text className='user-card__phone'>手机 {user.phone}</Text>}
      </View>
    </View>
  )
}
