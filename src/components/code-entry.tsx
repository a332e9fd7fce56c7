import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { canScan, scanCode } from '@/platform/scan'

interface Props {
  /** 扫码签到 */
  scanLabel: string
  /** what the field is, read out by screen readers: 签到码 */
  inputLabel: string
  placeholder: string
  /** 确认签到 */
  submitLabel: string
  busy: boolean
  /** digits only (a numeric keypad on the phone) */
  numeric?: boolean
  onCode: (code: string) => void
}

/**
 * Scan a QR code with the camera where the device can (WeChat), or type what it holds:
 * on H5 the field is all there is; on WeChat it sits behind 手动输入 for a camera that fails.
 */
export function CodeEntry({ scanLabel, inputLabel, placeholder, submitLabel, busy, numeric, onCode }: Props) {
  const scannable = canScan()
  const [typing, setTyping] = useState(!scannable)
  const [value, setValue] = useState('')
  // `busy` arrives with the next render; two taps within one frame both see it false. A flag set
  // synchronously on the first tap ignores the second until the parent's answer comes back.
  const sent = useRef(false)
  const wasBusy = useRef(busy)
  useEffect(() => {
    if (wasBusy.current && !busy) sent.current = false
    wasBusy.current = busy
  }, [busy])
  useEffect(() => {
    if (!sent.current || busy) return undefined
    // the parent did not start anything (nothing to wait for): accept taps again shortly
    const t = setTimeout(() => (sent.current = wasBusy.current), 400)
    return () => clearTimeout(t)
  })
  const send = (code: string) => {
    if (busy || sent.current) return
    sent.current = true
    onCode(code)
  }
  const scan = async () => {
    if (busy || sent.current) return
    const code = await scanCode()
    if (code) send(code)
  }
  const submit = () => {
    if (value.trim()) send(value.trim())
  }

  return (
    <View className='code-entry'>
      {scannable && (
        <Button className='btn btn--primary btn--submit' disabled={busy} onClick={() => void scan()}>
          {busy ? '正在提交…' : scanLabel}
        </Button>
      )}
      {scannable && !typing && (
        <View className='code-entry__switch' onClick={() => setTyping(true)}>
          <Text>扫不出来？手动输入{inputLabel}</Text>
        </View>
      )}
      {typing && (
        <View className='code-entry__form'>
          <Text className='code-entry__label'>{inputLabel}</Text>
          <Input
            className='input code-entry__input'
            type={numeric ? 'number' : 'text'}
            value={value}
            placeholder={placeholder}
            aria-label={inputLabel}
            onInput={(e) => setValue(e.detail.value)}
          />
          <Button
            className={`btn ${scannable ? '' : 'btn--primary'} btn--submit`}
            disabled={busy || !value.trim()}
            onClick={submit}
          >
            {busy && !scannable ? '正在提交…' : submitLabel}
          </Button>
        </View>
      )}
    </View>
  )
}
