import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createQueryClient } from '@/api'

/** Render a page the way the app does: inside a fresh query client. */
export function renderPage(ui: ReactElement) {
  const client = createQueryClient()
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}
