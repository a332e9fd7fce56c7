import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'

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
  label: string
  /** the label while the step is on its way */
  pending: string
  /** the toast once it went through */
  done: string
}

/** A button that sends one step and says so: its label while on its way, a toast once done. */
export function StepButton<V>({
  step,
  vars,
  className,
  busy = step.isPending,
  label,
  pending,
  done,
}: Props<V>) {
  return (
    <Button
      className={className}
      disabled={busy}
      onClick={() =>
        !busy && step.mutate(vars, { onSuccess: () => void Taro.showToast({ title: done, icon: 'success' }) })
      }
    >
      {step.isPending ? pending : label}
    </Button>
  )
}
