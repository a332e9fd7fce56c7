/**
 * Voucher codes: 11 random digits and a Luhn check digit, so a merchant's typo is caught
 * before any lookup (and digits are what an older shopkeeper types most easily).
 */
function luhnDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function isVoucherCode(code: string): boolean {
  return /^\d{12}$/.test(code) && luhnDigit(code.slice(0, 11)) === Number(code[11])
}

/** `random` in [0, 1): Math.random at run time, a seeded sequence for the seed. */
export function newVoucherCode(taken: (code: string) => boolean, random: () => number = Math.random): string {
  for (;;) {
    let body = String(1 + Math.floor(random() * 9))
    while (body.length < 11) body += String(Math.floor(random() * 10))
    const code = body + String(luhnDigit(body))
    if (!taken(code)) return code
  }
}

/** What a person typed or a scanner read: digits only (spaces, dashes and the like dropped). */
export function normaliseVoucherCode(input: string): string {
  return input.replace(/[\s\-–—_.]/g, '')
}
