import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/**
 * The app's one confirm dialog, in place of Taro.showModal: it follows the theme and 长辈模式
 * (it is drawn inside the page shell, so the page's larger type reaches it), which WeChat's
 * native modal cannot. `dialogs.confirm` resolves true for the confirm button.
 */
export interface DialogOptions {
  title: string
  content?: string
  confirmText?: string
  cancelText?: string
  /** false: an announcement with one button */
  showCancel?: boolean
}

interface Open extends DialogOptions {
  /** the page that asked: only its shell draws the dialog (hidden pages of the stack stay quiet) */
  page: string | null
  answer: (yes: boolean) => void
}

let open: Open | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

/** The page on top, without its query. */
export function currentPage(): string | null {
  try {
    return Taro.getCurrentInstance()?.router?.path?.split('?')[0] ?? null
  } catch {
    return null
  }
}

export const dialogs = {
  confirm(options: DialogOptions): Promise<boolean> {
    // a second dialog while one is open answers the first with "no"
    open?.answer(false)
    return new Promise<boolean>((resolve) => {
      const mine: Open = {
        ...options,
        page: currentPage(),
        answer: (yes) => {
          if (open === mine) {
            open = null
            notify()
          }
          resolve(yes)
        },
      }
      open = mine
      notify()
    })
  },
}

export const showDialog = (options: DialogOptions) => dialogs.confirm(options)

function subscribe(l: () => void) {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

const snapshot = () => open

/** Drawn by PageShell; shows the open dialog when it belongs to this page. */
export function DialogHost({ page }: { page: string | null }) {
  const d = useSyncExternalStore(subscribe, snapshot, snapshot)
  if (!d || (d.page && page && d.page !== page)) return null
  return (
    <View className='dialog' role='dialog' aria-modal='true' aria-label={d.title}>
      <View className='dialog__mask' onClick={() => d.answer(false)} />
      <View className='dialog__box'>
        <Text className='dialog__title'>{d.title}</Text>
        {d.content && <Text className='dialog__content'>{d.content}</Text>}
        <View className='dialog__buttons'>
          {d.showCancel !== false && (
            <Button className='btn dialog__btn' onClick={() => d.answer(false)}>
              {d.cancelText ?? '取消'}
            </Button>
          )}
          <Button className='btn btn--primary dialog__btn' onClick={() => d.answer(true)}>
            {d.confirmText ?? '确定'}
          </Button>
        </View>
      </View>
    </View>
  )
}
