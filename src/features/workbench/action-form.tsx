import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type ReactNode, useState } from 'react'
import type { ZodType } from 'zod'
import { serverProblem } from '@/api/server-problem'

interface Props {
  title: string
  /** what happens, in one plain sentence */
  hint?: string
  /** what the person must fix first (checked on the device), one line each */
  problem: string | string[] | null
  /** the server's refusal, shown in its own words (`field`: the form field it may name) */
  error: unknown
  field?: string
  busy: boolean
  confirmLabel: string
  danger?: boolean
  className?: string
  onCancel: () => void
  onConfirm: () => void
  children?: ReactNode
}

/** What the person must fix first, checked on the device: one line or several. */
type Problem = string | string[] | null

/** The step a sheet sends (a mutation hook's result, as far as the sheet needs it). */
interface Step {
  error: unknown
  isPending: boolean
  reset: () => void
}

/**
 * The state every action sheet keeps besides its fields: the problem found on the device and
 * the step's answer. An edit clears both (`edited`, or `edit(set)` for a field's setter);
 * `check` reads a body through its schema and says the first thing wrong with it;
 * `sheet` is what ActionForm shows of that state.
 */
export function useActionSheet(step: Step, onClose: () => void) {
  const [problem, setProblem] = useState<Problem>(null)
  const edited = () => {
    setProblem(null)
    step.reset()
  }
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      edited()
    }
  const check = <T,>(schema: ZodType<T>, body: unknown): T | null => {
    const checked = schema.safeParse(body)
    setProblem(checked.success ? null : checked.error.issues[0].message)
    return checked.success ? checked.data : null
  }
  const sheet = { problem, error: step.error, busy: step.isPending, onCancel: onClose }
  return { setProblem, edited, edit, check, sheet }
}

/** The sheet of one action: its title, its fields, what is wrong, and 取消 / confirm side by side. */
export function ActionForm(p: Props) {
  return (
    <View className={`card ticket-action workbench-form ${p.className ?? ''}`}>
      <Text className='card__title'>{p.title}</Text>
      {p.hint && <Text className='muted'>{p.hint}</Text>}
      {p.children}
      {[p.problem ?? []].flat().map((line) => (
        <Text key={line} className='form-error'>
          {line}
        </Text>
      ))}
      {p.error ? <Text className='form-error'>{serverProblem(p.error, p.field)}</Text> : null}
      <View className='button-pair'>
        <Button className='btn' disabled={p.busy} onClick={p.onCancel}>
          取消
        </Button>
        <Button
          className={`btn ${p.danger ? 'btn--danger-fill' : 'btn--primary'}`}
          disabled={p.busy}
          onClick={() => !p.busy && p.onConfirm()}
        >
          {p.busy ? '正在提交…' : p.confirmLabel}
        </Button>
      </View>
    </View>
  )
}

/** The most a grid worker writes in one action (a reason, a note), as the contract allows. */
export const MAX_NOTE = 200

/** What the grid worker writes in an action; `counted` shows how much of the 200 characters is used. */
export function ActionNote(p: {
  value: string
  label: string
  placeholder: string
  counted?: boolean
  onInput: (value: string) => void
}) {
  const length = p.value.trim().length
  return (
    <>
      <Textarea
        className='textarea'
        value={p.value}
        maxlength={MAX_NOTE}
        placeholder={p.placeholder}
        aria-label={p.label}
        onInput={(e) => p.onInput(e.detail.value)}
      />
      {p.counted && (
        <Text className={`counter ${length > MAX_NOTE ? 'counter--bad' : ''}`}>
          {length}/{MAX_NOTE}
        </Text>
      )}
    </>
  )
}

/** What a sheet does once its step went through: it closes and says so in a short toast. */
export function closeAndSay(onClose: () => void, title: string, icon: 'success' | 'none' = 'success') {
  return {
    onSuccess: () => {
      onClose()
      void Taro.showToast({ title, icon })
    },
  }
}
