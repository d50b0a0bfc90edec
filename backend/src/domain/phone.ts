/** Phone numbers in E.164 as contacts keep them; ten digits are a North American number. */
export function e164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}
