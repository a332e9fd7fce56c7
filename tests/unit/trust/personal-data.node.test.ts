/**
 * The personal-data detector (mock/privacy/personal-data.ts): a property test writes mobiles,
 * landlines and ID numbers the ways people write them and checks that none survives masking;
 * a false-positive test checks that dates, times, amounts and house numbers stay as typed.
 */
import fc from 'fast-check'
import { digitsOf, findPersonalData, maskPersonalData } from '../../../mock/privacy/personal-data'

const FULL_WIDTH_OFFSET = 0xff10 - 0x30

/** each digit ASCII, full-width, or either at random (mixed widths) */
const width = fc.constantFrom('ascii', 'full', 'mixed')
function written(digits: string, how: string, coin: number[]): string {
  return Array.from(digits, (d, i) => {
    const full = how === 'full' || (how === 'mixed' && (coin[i % coin.length] ?? 0) > 0.5)
    return full && /\d/.test(d) ? String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET) : d
  }).join('')
}

const SEPARATORS = [' ', '-', '.', '\u3000', '\uff0d', ' - ', '·', '\u00a0', '\u2014']
const separator = fc.constantFrom(...SEPARATORS)
const MOBILE_PREFIXES = ['', '+86', '+86 ', '+86-', '0086', '0086 ', '(+86)', '（+86）', '86', '\uff0b86 ']
const around = fc.constantFrom(
  ['', ''],
  ['联系电话：', ''],
  ['井盖松了，有事打我电话', '，谢谢'],
  ['电话', '或微信同号'],
  ['(', ')'],
  ['家住3号楼，手机', '。'],
)

const mobile = fc
  .tuple(fc.constantFrom(...'3456789'), fc.stringMatching(/^\d{9}$/))
  .map(([second, rest]) => `1${second}${rest}`)

/** how the eleven digits are grouped: as one run, 3-4-4, or a separator after every digit */
const mobileForm = fc.record({
  number: mobile,
  prefix: fc.constantFrom(...MOBILE_PREFIXES),
  grouping: fc.constantFrom('none', '3-4-4', 'each'),
  sep: separator,
  width,
  coin: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 11, maxLength: 11 }),
  around,
})

function writeMobile(f: {
  number: string
  prefix: string
  grouping: string
  sep: string
  width: string
  coin: number[]
}): string {
  const n = f.number
  const grouped =
    f.grouping === 'none'
      ? n
      : f.grouping === '3-4-4'
        ? [n.slice(0, 3), n.slice(3, 7), n.slice(7)].join(f.sep)
        : Array.from(n).join(f.sep.trim() === '' ? ' ' : f.sep.length === 1 ? f.sep : '-')
  return f.prefix + written(grouped, f.width, f.coin)
}

const AREA_CODES = [
  '010',
  '020',
  '021',
  '022',
  '023',
  '024',
  '025',
  '027',
  '028',
  '029',
  '0371',
  '0379',
  '0755',
  '0512',
]
const landlineForm = fc.record({
  area: fc.constantFrom(...AREA_CODES),
  local: fc.tuple(fc.constantFrom(...'23456789'), fc.stringMatching(/^\d{6,7}$/)).map(([a, b]) => a + b),
  style: fc.constantFrom('dash', 'space', 'paren', 'paren-space', 'none', 'dot', 'grouped'),
  width,
  coin: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
  around,
})

function writeLandline(f: {
  area: string
  local: string
  style: string
  width: string
  coin: number[]
}): string {
  const local = f.style === 'grouped' ? `${f.local.slice(0, -4)}-${f.local.slice(-4)}` : f.local
  const text = {
    dash: `${f.area}-${local}`,
    space: `${f.area} ${local}`,
    paren: `(${f.area})${local}`,
    'paren-space': `（${f.area}） ${local}`,
    none: `${f.area}${local}`,
    dot: `${f.area}.${local}`,
    grouped: `${f.area}-${local}`,
  }[f.style] as string
  return written(text, f.width, f.coin)
}

const birthDate = fc
  .date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2020, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
const idForm = fc.record({
  region: fc.tuple(fc.constantFrom(...'123456789'), fc.stringMatching(/^\d{5}$/)).map(([a, b]) => a + b),
  birth: birthDate,
  serial: fc.stringMatching(/^\d{3}$/),
  check: fc.constantFrom(...'0123456789Xx'),
  grouped: fc.boolean(),
  width,
  coin: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 18, maxLength: 18 }),
  around,
})

function writeId(f: { region: string; birth: string; serial: string; check: string; grouped: boolean }) {
  const tail = f.serial + f.check
  return f.grouped ? `${f.region} ${f.birth} ${tail}` : f.region + f.birth + tail
}

describe('masking personal numbers, every written form (property)', () => {
  it('leaves no mobile number in any of its forms, and shows it as 138****1234', () => {
    fc.assert(
      fc.property(mobileForm, (f) => {
        const text = f.around[0] + writeMobile(f) + f.around[1]
        const masked = maskPersonalData(text)
        expect(digitsOf(masked)).not.toContain(f.number)
        expect(digitsOf(masked)).not.toContain(f.number.slice(3, 7) + f.number.slice(7))
        expect(masked).toContain(`${f.number.slice(0, 3)}****${f.number.slice(-4)}`)
        expect(masked.startsWith(f.around[0])).toBe(true)
        expect(maskPersonalData(masked)).toBe(masked)
      }),
      { numRuns: 3000 },
    )
  })

  it('leaves no landline with an area code, and shows it as 0371-****5678', () => {
    fc.assert(
      fc.property(landlineForm, (f) => {
        const text = f.around[0] + writeLandline({ ...f, width: f.width }) + f.around[1]
        const masked = maskPersonalData(text)
        const shown = `${f.area}-****${f.local.slice(-4)}`
        expect(masked).toContain(shown)
        // nothing else of the number is left (the shown form's own digits can spell the local
        // number by chance: 0755-****0000 for 0755-7550000)
        expect(digitsOf(masked.replace(shown, ''))).not.toContain(f.local.slice(0, -4))
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves no 18-digit ID number, X or not, grouped or not', () => {
    fc.assert(
      fc.property(idForm, (f) => {
        const id = writeId(f)
        const text = f.around[0] + written(id, f.width, f.coin) + f.around[1]
        const masked = maskPersonalData(text)
        const digits = digitsOf(masked)
        expect(digits).not.toContain(f.region + f.birth)
        expect(digits).not.toContain(f.birth + f.serial)
        expect(masked).toContain('**********')
      }),
      { numRuns: 2000 },
    )
  })

  it('masks every number in a text that holds several', () => {
    const text =
      '张师傅 13812345678，备用 +86 139-8765-4321，单位 (0371) 6789-1234，身份证 41010219900101123X。'
    const masked = maskPersonalData(text)
    expect(masked).toBe(
      '张师傅 138****5678，备用 139****4321，单位 0371-****1234，身份证 4101**********123X。',
    )
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(['mobile', 'mobile', 'landline', 'id'])
  })
})

/** Numbers that are not personal: they must read exactly as typed. */
export const NOT_PERSONAL = [
  '2026-11-28',
  '2026年11月28日 13:30',
  '2026/11/28 08:00-10:30',
  '2026.11.28',
  '2013.12.31-2014.01.01',
  '2026-11-28 08:00 至 2026-11-30 18:00',
  '20261128',
  '13:30-15:00',
  '¥1,234.56',
  '12345.67元',
  '1380元',
  '13,800,000元',
  '共计 138 元 5 角',
  '3号楼2单元502室',
  '金水路138号院3号楼1单元1301',
  '幸福小区12栋1单元1301室',
  '邮编 450000',
  '34.745417, 113.631447',
  '订单号 20261128001',
  '第 1 3 8 期',
  '约 1.5 米，宽 0.8 米',
  '水表读数 0012345',
  '99.5%',
  '车牌 豫A·12345',
  '派单后 72 小时内办结',
  '门牌 1-3-801',
]

describe('the detector leaves what is not personal alone (false positives)', () => {
  it.each(NOT_PERSONAL)('%s', (text) => {
    expect(findPersonalData(text)).toEqual([])
    expect(maskPersonalData(text)).toBe(text)
  })
})
