import { z } from 'zod'

/**
 * Plain-Chinese default messages for every schema of the contract, shared by the
 * client and the mock, so a field error always reads like a person wrote it.
 * Schemas that know better pass their own message.
 */
function plainMessage(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined || iss.input === null ? '此项必填' : '格式不正确'
    case 'too_small':
      if (iss.origin === 'string') return `至少 ${String(iss.minimum)} 个字`
      if (iss.origin === 'array' || iss.origin === 'set') return `至少 ${String(iss.minimum)} 项`
      return `不能小于 ${String(iss.minimum)}`
    case 'too_big':
      if (iss.origin === 'string') return `最多 ${String(iss.maximum)} 个字`
      if (iss.origin === 'array' || iss.origin === 'set') return `最多 ${String(iss.maximum)} 项`
      return `不能大于 ${String(iss.maximum)}`
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_value':
      return '不是可选的值'
    case 'unrecognized_keys':
      return `不认识的字段：${iss.keys.join('、')}`
    case 'not_multiple_of':
      return '数值不正确'
    default:
      return '内容不正确'
  }
}

z.config({ customError: plainMessage })
