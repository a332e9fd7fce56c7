/**
 * Jest stand-in for '@tarojs/components': Taro's own React DOM components, as the H5 build uses
 * them (config/index.ts: useHtmlComponents), imported file by file (the package index has a
 * circular import under CommonJS). Textarea and Switch are Stencil web components in Taro's H5
 * build; jsdom cannot run them, so they get plain DOM stand-ins.
 */

// the H5 build's own View (config/h5/view.js), as in the build
export { default as View } from '../../config/h5/view.js'
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js'
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js'
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js'
export { default as Icon } from '@tarojs/components-react/dist/components/icon/index.js'
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js'
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js'

interface TextareaProps {
  value?: string
  placeholder?: string
  maxlength?: number
  className?: string
  onInput?: (e: { detail: { value: string } }) => void
}

export function Textarea({ value, placeholder, maxlength, className, onInput }: TextareaProps) {
  return (
    <textarea
      className={className}
      value={value}
      placeholder={placeholder}
      maxLength={maxlength}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
    />
  )
}

export function Canvas(props: { id?: string; className?: string }) {
  return <canvas id={props.id} className={props.className} />
}
