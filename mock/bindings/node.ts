import { setupServer } from 'msw/node'
import { createMockBackend } from '../backend'
import { createMswHandlers } from './msw'

/** The mock backend inside jest: one in-memory backend behind msw's request interception. */
export const mockBackend = createMockBackend()
export const mockServer = setupServer(...createMswHandlers(mockBackend))
