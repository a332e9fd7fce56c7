import { ApiError, errorMessage } from './errors'

/** The server's words for a refused form: the message for a named field if it gave one. */
export function serverProblem(e: unknown, field?: string): string {
  if (e instanceof ApiError) {
    const named = field ? e.fields[field] : Object.values(e.fields)[0]
    return named ?? e.message
  }
  return errorMessage(e)
}
