import '../../styles.scss'
import Taro, { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { ROUTES } from '@/components/routes'
import { Attendance } from '@/features/volunteer/attendance'
import { EmptyView } from '@/components/empty-state'

/**
 * Opened from the app with `?id=…&kind=…`; opened by scanning the 小程序码 posted at the site
 * with `scene`, which WeChat hands over URI-encoded (≤ 32 characters): the activity id alone,
 * or `id=…&kind=…`.
 */
function target(params: Partial<Record<string, string>>): { id: string; kind?: string } {
  if (params.id) return { id: params.id, kind: params.kind }
  let scene = params.scene ?? ''
  try {
    scene = decodeURIComponent(scene)
  } catch {
    // not encoded after all
  }
  if (!scene.includes('=')) return { id: scene.trim(), kind: params.kind }
  const fields = Object.fromEntries(scene.split('&').map((pair) => pair.split('=')))
  return { id: (fields.id ?? '').trim(), kind: fields.kind ?? params.kind }
}

export default function CheckinPage() {
  const { params } = useRouter()
  const { id, kind } = target(params)
  return (
    <PageShell className='checkin-page'>
      {id ? (
        <Attendance id={id} kind={kind === 'checkout' ? 'checkout' : 'checkin'} />
      ) : (
        <EmptyView
          text='没有找到要签到的活动。请扫描活动现场张贴的二维码，或在“我的活动”里打开活动再签到。'
          action={{
            label: '去我的活动',
            onClick: () => void Taro.redirectTo({ url: ROUTES.activities('mine') }),
          }}
        />
      )}
    </PageShell>
  )
}
