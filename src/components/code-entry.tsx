import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
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
  const scan = async () => {
    if (busy) return
    const code = await scanCode()
    if (code) onCode(code)
  }
  const submit = () => {
    if (!busy && value.trim()) onCode(value.trim())
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
