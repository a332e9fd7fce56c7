import { Text, View } from '@tarojs/components'
import type { WorkbenchItem } from '@/contract'
import { ROUTES } from '@/components/routes'
import { TicketCard } from '@/entities/ticket/ticket-card'
import { DeadlineLine, QueueTags } from './flags'

/**
 * One ticket of the queue: status, lateness, 催办 / 重办 and who has it by when, at a glance; a
 * tap opens it for handling. In batch mode a large 选择 button sits below the card.
 */
export function WorkbenchCard({
  ticket: t,
  selecting = false,
  selected = false,
  onToggle,
}: {
  ticket: WorkbenchItem
  selecting?: boolean
  selected?: boolean
  onToggle?: () => void
}) {
  return (
    <TicketCard
      ticket={t}
      href={ROUTES.workbenchTicket(t.id)}
      className={`workbench-card ${selected ? 'workbench-card--selected' : ''}`}
      tags={<QueueTags ticket={t} />}
      actions={
        <>
          <DeadlineLine ticket={t} />
          {selecting && (
            <View
              className={`select-row ${selected ? 'select-row--on' : ''}`}
              role='checkbox'
              aria-checked={selected}
              aria-label={`选择 ${t.categoryName}`}
              onClick={onToggle}
            >
              <Text className='select-row__box'>{selected ? '✓' : ''}</Text>
              <Text>{selected ? '已选择' : '选择'}</Text>
            </View>
          )}
        </>
      }
    />
  )
}
