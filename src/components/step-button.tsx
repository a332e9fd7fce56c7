import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'

/** What StepButton needs of a mutation (TanStack's result has it). */
interface Step<V> {
  isPending: boolean
  mutate: (vars: V, options: { onSuccess: () => void }) => void
}

interface Props<V> {
  step: Step<V>
  /** what the step sends */
  vars: V
  className: string
  /** disabled while this is true: by default while the step itself is on its way */
  busy?: boolean
  /** the toast once it went through */
  done: string
  /** the label (which may say that the step is on its way) */
  children: ReactNode
}

/** A button that sends one step, disabled while busy; a short toast says once it went through. */
export function StepButton<V>({ step, vars, className, busy = step.isPending, done, children }: Props<V>) {
  const toast = () => void Taro.showToast({ title: done, icon: 'success' })
  return (
    <Button
      className={className}
      disabled={busy}
      onClick={() => !busy && step.mutate(vars, { onSuccess: toast })}
    >
      {children}
    </Button>
  )
}
