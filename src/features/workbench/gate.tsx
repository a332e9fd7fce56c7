import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { ApiError } from '@/api'
import type { Role } from '@/contract'
import { ROUTES } from '@/components/routes'

/**
 * Who is looking, as the page knows it from GET /me (role null while unknown or unavailable). The
 * page reads /me once and hands it down: a second reader mounting under the gate would refetch a
 * failed /me, put the gate back to loading, unmount itself, and go round for ever.
 */
export interface Viewer {
  ready: boolean
  role: Role | null
  /** the grid worker's own grid, for its map */
  gridId?: string | null
}

/** A refusal a person can act on: what happened, and the way back. */
export function Refusal({ title, lines, back }: { title: string; lines: string[]; back: 'home' | 'queue' }) {
  const goBack = () =>
    back === 'home'
      ? void Taro.switchTab({ url: ROUTES.home })
      : void Taro.redirectTo({ url: ROUTES.workbench })
  return (
    <View className='state state--empty workbench-refusal'>
      <Text className='state__text workbench-refusal__title'>{title}</Text>
      {lines.map((l) => (
        <Text key={l} className='muted'>
          {l}
        </Text>
      ))}
      <Button className='btn btn--primary state__retry' onClick={goBack}>
        {back === 'home' ? '返回首页' : '返回工作台'}
      </Button>
    </View>
  )
}

export function NotForYou() {
  return (
    <Refusal
      title='网格员工作台只对网格员开放'
      lines={['您可以在首页拍照上报问题，在“我的上报”里查看处理进度。']}
      back='home'
    />
  )
}

/** The server's 403 (not a grid worker, or another grid's ticket), in its own words. */
export function forbiddenMessage(e: unknown): string | null {
  return e instanceof ApiError && e.code === 'FORBIDDEN' ? e.message : null
}

/**
 * The workbench is for grid workers: anyone else is told so at once, without asking the
 * server. While the role is unknown (GET /me failed) the server decides, and its 403 is shown.
 */
export function WorkbenchGate({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  if (!viewer.ready) {
    return (
      <View className='state state--loading' aria-busy='true'>
        <Text className='state__text'>正在加载…</Text>
      </View>
    )
  }
  if (viewer.role && viewer.role !== 'grid_worker') return <NotForYou />
  return <>{children}</>
}
