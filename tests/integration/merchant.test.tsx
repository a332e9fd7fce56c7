import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { api, type Redemption, usccCheckChar } from '@/contract'
import { call, getSession, loginWith, setSession } from '@/api'
import { groupedCode } from '@/components/format'
import MerchantPage from '@/packages/points/pages/merchant/index'
import VerifyPage from '@/packages/points/pages/verify/index'
import VoucherPage from '@/packages/points/pages/voucher/index'
import ActivitiesPage from '@/packages/volunteer/pages/list/index'
import { canScan, scanCode } from '@/platform/scan'
import { mockServer } from '../setup/msw'
import { renderPage, stubTaroInEachTest } from '../utils/render'
import { asUser } from '../utils/people'
import { openWith } from '../utils/tickets'

jest.mock('@/platform/scan', () => ({ canScan: jest.fn(() => false), scanCode: jest.fn(async () => null) }))

const NEW_LICENCE = '92410102MA4CJ7Q1W' + usccCheckChar('92410102MA4CJ7Q1W')
const TAKEN_LICENCE = '92410102MA45T3QW2' + usccCheckChar('92410102MA45T3QW2') // 巧手理发店's

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } })
}

/** At the counter: types the voucher's code and asks 查看这张券. */
function lookUp(code: string) {
  type('券码', code)
  fireEvent.click(screen.getByText('查看这张券'))
}

/** Opens 核销兑换券 and looks `code` up there. */
async function lookUpAtCounter(code: string) {
  renderPage(<VerifyPage />)
  await screen.findByLabelText('券码')
  lookUp(code)
}

/** An unused voucher of someone else, by reward: what they would show at the counter. */
async function voucherOf(userId: string, rewardTitle: string): Promise<Redemption> {
  const page = await (await asUser(userId)).get<{ items: Redemption[] }>('/redemptions?status=issued')
  return page.items.find((v) => v.reward.title === rewardTitle)!
}

stubTaroInEachTest('navigateTo', 'showToast')
beforeEach(() => {
  jest.mocked(canScan).mockReturnValue(false)
})

describe('我是商户', () => {
  it('checks the licence number’s format before sending, and says what is wrong', async () => {
    renderPage(<MerchantPage />)
    fireEvent.click(await screen.findByText('提交认证'))
    for (const problem of [
      '店铺名称至少 2 个字',
      '请把店铺地址写完整',
      '统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写',
    ])
      expect(screen.getByText(problem)).toBeTruthy()

    type('营业执照号', NEW_LICENCE.slice(0, 17) + (NEW_LICENCE[17] === '0' ? '1' : '0'))
    expect(screen.queryByText('统一社会信用代码是 18 位数字和大写字母，请对照营业执照填写')).toBeNull()
    fireEvent.click(screen.getByText('提交认证'))
    expect(screen.getByText('统一社会信用代码有误，请对照营业执照核对')).toBeTruthy()
  })

  it('refuses a licence another shop registered, in the server’s words', async () => {
    renderPage(<MerchantPage />)
    await screen.findByLabelText('店铺名称')
    type('店铺名称', '秀兰裁缝铺')
    type('店铺地址', '中原区创业路 20 号')
    type('营业执照号', TAKEN_LICENCE)
    fireEvent.click(screen.getByText('提交认证'))
    expect(await screen.findByText('这个营业执照号已被其他店铺登记，如有疑问请联系社区')).toBeTruthy()
  })

  it('verifies a shop awaiting verification: then 商户活动 and 核销 open', async () => {
    await loginWith('dev:u-merchant-2')
    renderPage(<MerchantPage />)
    expect(await screen.findByText('陈记鲜果坊：还没有通过认证，请填写下面的信息完成认证。')).toBeTruthy()
    expect((screen.getByLabelText('店铺名称') as HTMLInputElement).value).toBe('陈记鲜果坊')
    type('店铺地址', '中原区西里路 56 号')
    type('营业执照号', NEW_LICENCE.toLowerCase())
    fireEvent.click(screen.getByText('提交认证'))
    expect(await screen.findByText('✓ 已认证商户')).toBeTruthy()
    expect(screen.getByText('认证成功！现在可以参加商户活动，并为居民核销兑换券。')).toBeTruthy()
    expect((await call(api.me)).role).toBe('merchant')

    fireEvent.click(screen.getByText('核销兑换券'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/points/pages/verify/index' })
    openWith({ tab: 'merchant' })
    renderPage(<ActivitiesPage />)
    expect(await screen.findByText('周六平安巡逻')).toBeTruthy()
  })
})

describe('核销', () => {
  beforeEach(async () => {
    await loginWith('dev:u-merchant-1')
  })

  it('looks the voucher up first (reward, holder 张**, expiry, status), then 确认核销: once', async () => {
    const v = await voucherOf('u-resident-2', '烩面一碗')
    renderPage(<VerifyPage />)
    expect(await screen.findByText('核销兑换券 · 老刘烩面馆')).toBeTruthy()
    lookUp(v.code)
    expect(await screen.findByText('确认核销')).toBeTruthy()
    expect(screen.getByText('烩面一碗')).toBeTruthy()
    expect(screen.getByText('张**')).toBeTruthy()
    expect(screen.getByText('待使用')).toBeTruthy()
    expect(screen.getByText('有效期至')).toBeTruthy()
    // nothing is used by looking
    expect((await voucherOf('u-resident-2', '烩面一碗')).status).toBe('issued')

    fireEvent.click(screen.getByText('确认核销'))
    expect(await screen.findByText('✓ 核销成功')).toBeTruthy()
    expect(screen.getByText(groupedCode(v.code))).toBeTruthy()

    // the same code again: the preview says it was used, and offers no 确认核销
    fireEvent.click(screen.getByText('继续核销下一张'))
    lookUp(v.code)
    expect(await screen.findByText(/^这张券已于 \d+月\d+日 \d\d:\d\d 核销过了，不能再次核销$/)).toBeTruthy()
    expect(screen.queryByText('确认核销')).toBeNull()

    // the resident sees it used
    setSession(null)
    await loginWith('dev:u-resident-2')
    openWith({ id: v.id })
    renderPage(<VoucherPage />)
    expect(await screen.findByText('已使用', { selector: '.voucher-status' })).toBeTruthy()
  })

  it('a double tap on 确认核销 sends one request and shows 核销成功', async () => {
    const v = await voucherOf('u-resident-2', '烩面一碗')
    await lookUpAtCounter(v.code)
    const confirm = await screen.findByText('确认核销')
    const verifies: string[] = []
    const count = ({ request }: { request: Request }) => {
      if (request.url.includes('/redemptions/verify')) verifies.push(request.url)
    }
    mockServer.events.on('request:start', count)
    // two taps within one frame: the second sees the button still enabled
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    expect(await screen.findByText('✓ 核销成功')).toBeTruthy()
    mockServer.events.removeListener('request:start', count)
    expect(verifies).toHaveLength(1)
    expect(screen.queryByText(/核销过了/)).toBeNull()
  })

  it('refuses a voucher of another shop', async () => {
    const v = await voucherOf('u-resident-1', '理发券')
    await lookUpAtCounter(v.code)
    expect(await screen.findByText('这张券不是本店的礼品券，不能核销')).toBeTruthy()
    expect(screen.queryByText('确认核销')).toBeNull()
  })

  it('catches a mistyped code', async () => {
    const v = await voucherOf('u-resident-2', '烩面一碗')
    const typo = v.code.slice(0, 11) + String((Number(v.code[11]) + 1) % 10)
    await lookUpAtCounter(typo)
    expect(await screen.findByText('没有找到这张券，请核对券码')).toBeTruthy()
    fireEvent.click(screen.getByText('重新输入券码'))
    expect(await screen.findByLabelText('券码')).toBeTruthy()
  })

  it('on WeChat scans the resident’s QR code', async () => {
    const v = await voucherOf('u-resident-2', '烩面一碗')
    jest.mocked(canScan).mockReturnValue(true)
    jest.mocked(scanCode).mockResolvedValue(v.code)
    renderPage(<VerifyPage />)
    fireEvent.click(await screen.findByText('扫码核销'))
    fireEvent.click(await screen.findByText('确认核销'))
    expect(await screen.findByText('✓ 核销成功')).toBeTruthy()
  })

  it('is closed to someone without a verified shop', async () => {
    setSession(null)
    await loginWith('dev:u-resident-1')
    await waitFor(() => expect(getSession()?.user.id).toBe('u-resident-1'))
    renderPage(<VerifyPage />)
    expect(await screen.findByText('只有认证商户可以核销兑换券')).toBeTruthy()
    expect(screen.queryByLabelText('券码')).toBeNull()
  })
})
