/**
 * What a binding hands the router when the request body is not valid JSON. A symbol, so no
 * JSON value a client sends can be mistaken for it; the router answers 400.
 */
export const MALFORMED_JSON: unique symbol = Symbol('malformed JSON body')

/** A request body's text as the router wants it: undefined when empty, MALFORMED_JSON when unreadable. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return MALFORMED_JSON
  }
}
