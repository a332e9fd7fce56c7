import { useCallback, useEffect, useRef, useState } from 'react'
import {
  clearDraft,
  emptyDraft,
  forgetDraft,
  hasContent,
  restoreDraft,
  saveDraft,
  type ReportDraft,
} from './draft'

/**
 * The draft as React state: restored once on mount (with a notice when something came
 * back), written to storage after every change, cleared after a successful submit.
 */
export function useReportDraft() {
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft)
  const [restored, setRestored] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const loaded = useRef(false)

  useEffect(() => {
    let alive = true
    void restoreDraft().then((r) => {
      if (!alive) return
      loaded.current = true
      setRestored(true)
      if (r && hasContent(r.draft)) {
        setDraft(r.draft)
        setNotice(
          r.lostPhotos > 0
            ? `已恢复上次未提交的草稿，其中 ${r.lostPhotos} 张照片已失效，请重新添加`
            : '已恢复上次未提交的草稿',
        )
      }
    })
    return () => {
      alive = false
    }
  }, [])

  useEffect(() => {
    // never overwrite a stored draft before it has been read back; an empty form is no draft
    if (!loaded.current) return
    if (hasContent(draft)) saveDraft(draft)
    else forgetDraft()
  }, [draft])

  const update = useCallback((patch: Partial<ReportDraft> | ((d: ReportDraft) => Partial<ReportDraft>)) => {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }))
  }, [])

  const reset = useCallback(async (current: ReportDraft) => {
    await clearDraft(current)
    setDraft(emptyDraft())
    setNotice(null)
  }, [])

  return { draft, update, reset, restored, notice, dismissNotice: () => setNotice(null) }
}
