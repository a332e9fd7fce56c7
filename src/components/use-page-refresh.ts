import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRefetchOnShow } from '@/api'

/**
 * What every page with server data does: fetch again when it shows again, on pull-to-refresh
 * (and stop the spinner when done), and load more at the bottom when it is a list.
 */
export function usePageRefresh(refetch: () => Promise<unknown>, loadMore?: () => void): void {
  useRefetchOnShow(refetch)
  usePullDownRefresh(() => {
    void refetch().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => loadMore?.())
}
