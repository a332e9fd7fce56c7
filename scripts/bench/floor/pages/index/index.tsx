import { Text, View } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>随手拍</Text>
    </View>
  )
}
