/**
 * Personal data in search results is masked: an agent sees enough to pick the right account,
 * and sees the rest only after verifying the caller (on the account page, audited).
 */

/** `Jennifer Garcia` → `J. Garcia`. */
export function maskName(firstName: string, lastName: string): string {
  const initial = firstName.trim().charAt(0).toUpperCase();
  return initial ? `${initial}. ${lastName.trim()}` : lastName.trim();
}

/** `jennifer.garcia12@example.com` → `j***@example.com`. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.charAt(0)}***${email.slice(at)}`;
}

/** `+15125550123` → `***-***-0123`. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length < 4 ? '***' : `***-***-${digits.slice(-4)}`;
}
