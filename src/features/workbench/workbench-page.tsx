import type { ComponentType } from 'react'
import { PageShell } from '@/components/page-shell'
import { useViewer } from '@/data/auth'
import type { Viewer } from './gate'

/** A workbench page: it reads GET /me once and hands the viewer down to the gate inside `Content`. */
export function workbenchPage(Content: ComponentType<{ viewer: Viewer }>) {
  return function WorkbenchPage() {
    const viewer = useViewer()
    return (
      <PageShell className='workbench-page'>
        <Content viewer={viewer} />
      </PageShell>
    )
  }
}
