import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmailMessage, Mailer } from './mailer.ts';

/**
 * The embedded posture's e-mail: each message is written as an .eml file into a folder
 * (DATA_DIR/outbox), so a small operator or a developer can read what drivers were sent.
 */
export function createOutboxMailer(folder: string, clock: () => Date = () => new Date()): Mailer {
  return {
    kind: 'outbox',
    async send(message: EmailMessage) {
      await mkdir(folder, { recursive: true });
      const at = clock();
      const name = `${at.toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
      const headers = [
        `Date: ${at.toUTCString()}`,
        `To: ${oneLine(message.to)}`,
        `Subject: ${oneLine(message.subject)}`,
        'Content-Type: text/plain; charset=utf-8',
      ];
      await writeFile(join(folder, name), `${headers.join('\r\n')}\r\n\r\n${message.text}\n`);
    },
  };
}

/** A header never spans lines: a newline in an address would let a caller add headers. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
