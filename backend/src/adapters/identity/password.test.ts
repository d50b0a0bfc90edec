import { hashPassword, verifyPassword } from './password.ts';

describe('password hashes', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('beaus-demo');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('beaus-demo', stored)).toBe(true);
    expect(await verifyPassword('beaus-demO', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords do not look equal', async () => {
    expect(await hashPassword('1234')).not.toBe(await hashPassword('1234'));
  });

  it.each(['', 'plain-text', 'scrypt$x$8$1$abc$def', 'bcrypt$2b$10$abc'])(
    'treats the malformed hash %j as a mismatch',
    async (stored) => {
      expect(await verifyPassword('beaus-demo', stored)).toBe(false);
    },
  );
});
