import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  const email = 'jordan.rivera@example.com';

  it('accepts a long password with a letter and a digit', () => {
    expect(passwordProblem('correct horse 42', email)).toBeNull();
  });

  it.each([
    ['short1', 'must be at least 12 characters'],
    ['onlylettersherealways', 'must contain a letter and a digit or symbol'],
    ['123456789012345', 'must contain a letter and a digit or symbol'],
    ['a1a1a1a1a1a1a1', 'must not repeat the same few characters'],
    ['Jordan.Rivera-2026', 'must not contain your e-mail address'],
  ])('refuses %s: %s', (password, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });

  it('refuses a password over 200 characters', () => {
    expect(passwordProblem(`x1${'y'.repeat(199)}`, email)).toBe('must be at most 200 characters');
  });
});
