import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import Taro from '@tarojs/taro'
import { createQueryClient, setSession } from '@/api'

/** Render a page the way the app does: inside a fresh query client. */
export function renderPage(ui: ReactElement) {
  const client = createQueryClient()
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

type TaroCall =
  'navigateTo' | 'redirectTo' | 'switchTab' | 'showToast' | 'pageScrollTo' | 'stopPullDownRefresh'

/**
 * For every test of the file: the named Taro calls succeed without going anywhere or showing
 * anything (spy on them to see where a page sent the person); afterwards every spy is restored
 * and the session ends, so the next test starts signed out.
 */
export function stubTaroInEachTest(...calls: TaroCall[]) {
  beforeEach(() => {
    for (const name of calls) {
      jest.spyOn(Taro, name).mockResolvedValue({ errMsg: `${name}:ok` } as never)
    }
  })
  afterEach(() => {
    jest.restoreAllMocks()
    setSession(null)
  })
}
