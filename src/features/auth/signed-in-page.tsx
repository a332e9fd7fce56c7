import type { ComponentType } from 'react'
import type { User } from '@/contract'
import { PageShell } from '@/components/page-shell'
import { QueryState } from '@/components/query-state'
import { useMe } from '@/data/auth'

/** A page whose content is about the person signed in: it waits for GET /me (with 重试 when it fails). */
export function signedInPage(className: string, Content: ComponentType<{ user: User }>) {
  return function SignedInPage() {
    const me = useMe()
    return (
      <PageShell className={className}>
        <QueryState isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()}>
          {me.data && <Content user={me.data} />}
        </QueryState>
      </PageShell>
    )
  }
}
