import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverFile = fileURLToPath(new URL('./server.ts', import.meta.url));

describe('node backend/src/server.ts', () => {
  it('refuses to start on a bad variable and names it', () => {
    const result = spawnSync(process.execPath, [serverFile], {
      env: {
        ...process.env,
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        DATA_DIR: '/nonexistent-never-created',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT must be a whole number from 1 to 65535 (got "abc")');
    expect(result.stderr).toContain('LOG_LEVEL must be one of');
  }, 60_000);
});
