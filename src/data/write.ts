import {
  useMutation,
  type MutateOptions,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useRef } from 'react'
import type { Endpoint, EndpointInput, EndpointOutput } from '@/contract'
import { ApiError, call, newIdempotencyKey } from '@/api'

export { newIdempotencyKey }

/**
 * The server has definitely said no, so a next attempt is a new request and needs a new key.
 * Anything else — no answer, a timeout, a 5xx, a garbled 2xx, 408, 429, or 409 while the first
 * request with this key is still running — may hide a write that went through: the key is kept,
 * so the retry replays that write instead of making a second one.
 */
export function definitelyRefused(e: unknown): boolean {
  if (!(e instanceof ApiError)) return false
  if (e.status < 400 || e.status >= 500) return false
  if (e.status === 408 || e.status === 429) return false
  return !(e.status === 409 && e.code === 'CONFLICT')
}

function fingerprint(input: unknown): string {
  return JSON.stringify(input ?? null)
}

/**
 * The key of one intent: kept across retries and double taps of the same request, renewed when
 * the request changes (the person edited the form), after a definite refusal, or after success.
 */
export function useIntentKey() {
  const current = useRef<{ key: string; print: string } | null>(null)
  return {
    keyFor(input: unknown): string {
      const print = fingerprint(input)
      if (!current.current || current.current.print !== print) {
        current.current = { key: newIdempotencyKey(), print }
      }
      return current.current.key
    },
    settle(e: unknown | null) {
      if (e === null || definitelyRefused(e)) current.current = null
    },
  }
}

/**
 * A tap that arrives while the same write is on its way is ignored, even within one frame (before
 * React has re-rendered a disabled button): `mutate` is guarded by a flag set synchronously.
 */
export function useSingleFlight<T, V>(
  mutation: UseMutationResult<T, Error, V>,
): UseMutationResult<T, Error, V> {
  const busy = useRef(false)
  type Options = MutateOptions<T, Error, V>
  // TanStack types mutate's variables as optional only when V is void; at run time it is one function
  const send = mutation.mutate as (vars: V, opts?: Options) => void
  const mutate = (vars: V, opts?: Options) => {
    if (busy.current) return
    busy.current = true
    send(vars, {
      ...opts,
      onSettled: (...a) => {
        busy.current = false
        opts?.onSettled?.(...a)
      },
    })
  }
  return { ...mutation, mutate: mutate as UseMutationResult<T, Error, V>['mutate'] }
}

type WriteOptions<E extends Endpoint, V> = Omit<UseMutationOptions<EndpointOutput<E>, Error, V>, 'mutationFn'>

/**
 * The one way the app writes: a mutation over one endpoint of the contract. Idempotent
 * endpoints get the intent's key (see useIntentKey), so a retry after a lost answer, or a second
 * tap while the first is on its way, is the same request to the server: one effect, and the
 * person sees its answer. Other options are TanStack's own.
 */
export function useWrite<E extends Endpoint, V = void>(
  ep: E,
  input: (vars: V) => EndpointInput<E>,
  options: WriteOptions<E, V> = {},
) {
  const intent = useIntentKey()
  const mutation = useMutation<EndpointOutput<E>, Error, V>({
    ...options,
    mutationFn: async (vars) => {
      const req = input(vars)
      const withKey = ep.idempotent ? { ...req, idempotencyKey: intent.keyFor(req) } : req
      try {
        const out = await (call as (e: E, i: EndpointInput<E>) => Promise<EndpointOutput<E>>)(ep, withKey)
        intent.settle(null)
        return out
      } catch (e) {
        intent.settle(e)
        throw e
      }
    },
  })
  return useSingleFlight(mutation)
}
