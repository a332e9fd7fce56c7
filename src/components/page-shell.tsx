import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { currentPage, DialogHost } from './dialog'
import { useElderMode } from './elder-mode'
import { useOnline } from './use-online'

/**
 * H5: a page's body is drawn in a render React may pause, right after its shell. Loading a page
 * evaluates its code and then draws it; in one piece that held the main thread for a third of a
 * second on a slow phone, and a tap meanwhile waited. (The mini-program's renderer draws at once.)
 */
const BODY_LATER = process.env.TARO_ENV === 'h5'

function useBodyShown() {
  const [shown, setShown] = useState(!BODY_LATER)
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page opens
  }, [])
  return shown
}

/**
 * Root of every page: carries 长辈模式 so its larger type reaches everything inside (the
 * dialog too), and says so when the device has no network.
 */
export function PageShell({ children, className = '' }: { children: ReactNode; className?: string }) {
  const elder = useElderMode()
  const online = useOnline()
  // the page this shell belongs to, as it was when the page opened
  const [page] = useState(currentPage)
  const shown = useBodyShown()
  return (
    <View className={`page ${elder ? 'page--elder' : ''} ${className}`}>
      {!online && (
        <View className='offline-bar' role='status'>
          <Text>网络不可用</Text>
        </View>
      )}
      {shown && children}
      <DialogHost page={page} />
    </View>
  )
}

/** A page showing one thing by the `id` of its route: `export default pageById('ticket-page', TicketDetail)`. */
export function pageById(className: string, Detail: ComponentType<{ id: string }>) {
  return function PageById() {
    const { params } = useRouter()
    return (
      <PageShell className={className}>
        <Detail id={params.id ?? ''} />
      </PageShell>
    )
  }
}
