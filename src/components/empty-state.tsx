import { Button, Text } from '@tarojs/components'

/** What an empty list says, and the one way forward when there is one. */
export function EmptyState({
  text,
  action,
}: {
  text: string
  action?: { label: string; onClick: () => void }
}) {
  return (
    <>
      <Text className='state__text'>{text}</Text>
      {action && (
        <Button className='btn btn--primary state__retry' onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </>
  )
}
