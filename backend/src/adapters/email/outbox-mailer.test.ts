import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOutboxMailer } from './outbox-mailer.ts';

describe('outbox mailer', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'beaus-outbox-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes each message as an .eml file a person can read', async () => {
    const mailer = createOutboxMailer(join(folder, 'outbox'));
    await mailer.send({ to: 'driver@example.com', subject: 'Receipt', text: 'Paid $12.50' });
    const [file] = await readdir(join(folder, 'outbox'));
    const content = await readFile(join(folder, 'outbox', file!), 'utf8');
    expect(file).toMatch(/\.eml$/);
    expect(content).toContain('To: driver@example.com');
    expect(content).toContain('Subject: Receipt');
    expect(content).toContain('Paid $12.50');
  });

  it('keeps a header on one line so a caller cannot add headers', async () => {
    const mailer = createOutboxMailer(folder);
    await mailer.send({ to: 'a@example.com\r\nBcc: x@example.com', subject: 's', text: 't' });
    const [file] = await readdir(folder);
    const content = await readFile(join(folder, file!), 'utf8');
    expect(content).not.toMatch(/^Bcc:/m);
  });
});
