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
import { onPresetCategory, takePresetCategory } from './preset'

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
      // a type chosen on 首页 before this form first opened
      const preset = takePresetCategory()
      if (preset) setDraft((d) => ({ ...(r && hasContent(r.draft) ? r.draft : d), categoryId: preset }))
      if (r && hasContent(r.draft)) {
        if (!preset) setDraft(r.draft)
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

  // a type chosen on 首页 while this form is already open (tab pages stay alive)
  useEffect(() => onPresetCategory((categoryId) => setDraft((d) => ({ ...d, categoryId }))), [])

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

  /** The draft has gone to the outbox, photos and all: a fresh form, with word of what happened. */
  const handOff = useCallback((message: string) => {
    forgetDraft()
    setDraft(emptyDraft())
    setNotice(message)
  }, [])

  return { draft, update, reset, handOff, restored, notice, dismissNotice: () => setNotice(null) }
}
