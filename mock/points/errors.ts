import { MockError } from '../errors'

export function insufficientPoints(short: number): MockError {
  return new MockError('INSUFFICIENT_POINTS', `积分不足，还差 ${short} 分`)
}

export function outOfStock(stock: number): MockError {
  return new MockError('OUT_OF_STOCK', stock === 0 ? '这件礼品已经兑完了' : `库存不足，只剩 ${stock} 份了`)
}
