/**
 * `react-dom` for the weapp build, which renders with Preact (config/index.ts): preact/compat plus
 * `createRoot` from preact/compat/client. Taro's mini-program entry imports `react-dom` and, seeing
 * compat's React version 18, calls `ReactDOM.createRoot`, which preact/compat's default export
 * lacks (Taro issue #17641, open for Taro 4.x); H5 builds and jest keep React itself.
 */
import compat from 'preact/compat'
import { createRoot, hydrateRoot } from 'preact/compat/client'

export * from 'preact/compat'
export { createRoot, hydrateRoot }
export default { ...compat, createRoot, hydrateRoot }
