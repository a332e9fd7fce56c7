import { Button, Text, View } from '@tarojs/components'

export interface EmptyProps {
  text: string
  /** a second, quieter line */
  hint?: string
  action?: { label: string; onClick: () => void }
}

/** What an empty list says, and the one way forward when there is one. */
export function EmptyState({ text, hint, action }: EmptyProps) {
  return (
    <>
      <Text className='state__text'>{text}</Text>
      {hint && <Text className='muted'>{hint}</Text>}
      {action && (
        <Button className='btn btn--primary state__retry' onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </>
  )
}

/** Instead of a page's content when there is nothing it can show: what happened, and the way on. */
export function EmptyView(props: EmptyProps) {
  return (
    <View className='state state--empty'>
      <EmptyState {...props} />
    </View>
  )
}
