/**
 * The password a driver chooses at sign-up. Length does most of the work (NIST SP 800-63B): at
 * least 12 characters, a letter and something that is not a letter, and not the e-mail's name.
 */
export const passwordMinLength = 12;
export const passwordMaxLength = 200;

/** Why a password is refused, in words a person can act on; null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < passwordMinLength) {
    return `must be at least ${passwordMinLength} characters`;
  }
  if (password.length > passwordMaxLength) {
    return `must be at most ${passwordMaxLength} characters`;
  }
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) {
    return 'must contain a letter and a digit or symbol';
  }
  if (new Set(password).size < 4) return 'must not repeat the same few characters';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && password.toLowerCase().includes(name)) {
    return 'must not contain your e-mail address';
  }
  return null;
}
