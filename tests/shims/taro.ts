/**
 * Jest stand-in for '@tarojs/taro': the real H5 implementation (what `taro build --type h5`
 * uses; Taro.request = fetch) plus the React lifecycle hooks that Taro's loader injects.
 */
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import taro, * as h5Apis from '@tarojs/taro-h5'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import * as hooks from './taro-hooks'

// The hooks read React from a private `reactMeta.R` that createReactApp() sets.
createReactApp(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Taro's internal app factory
  function JestApp(props: any) {
    return props.children
  },
  React,
  ReactDOM,
  {},
)

// The H5 build rewrites `Taro.x()` into named imports; the default export lacks most APIs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- copying an untyped module namespace
const target = taro as any
for (const [k, v] of Object.entries(h5Apis)) {
  if (k !== 'default' && target[k] === undefined) target[k] = v
}
Object.assign(target, hooks)

export * from '@tarojs/taro-h5'
export * from './taro-hooks'
export default taro
