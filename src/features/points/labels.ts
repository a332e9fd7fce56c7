/** "+30" / "−20": the sign always shown, a real minus sign. */
export function signed(amount: number): string {
  return amount > 0 ? `+${amount}` : `−${Math.abs(amount)}`
}
