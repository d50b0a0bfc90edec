import { Writable } from 'node:stream';
import { createLogger } from './logger.ts';
import { maskText } from './mask-personal-data.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination: destination as never });
  return { logger, output: () => lines.join('') };
}

describe('logger', () => {
  it('masks e-mail, phone and card numbers inside messages', () => {
    const { logger, output } = capture();
    logger.info('payment by maria.lopez@example.com, +1 (512) 555-0123, card 4111 1111 1111 1111');
    const line = output();
    expect(line).not.toContain('maria.lopez@example.com');
    expect(line).not.toContain('555-0123');
    expect(line).not.toContain('4111 1111 1111 1111');
    expect(line).toContain('payment by [email], [phone], card [card]');
  });

  it('masks personal fields of logged objects, however deep', () => {
    const { logger, output } = capture();
    logger.info(
      {
        account: {
          accountNo: '100004217',
          contact: { firstName: 'Maria', lastName: 'Lopez', phone: '5125550123' },
        },
        vehicle: { plate: 'ABC1234', jurisdiction: 'TX' },
        note: 'card 4111-1111-1111-1111 declined',
        req: { headers: { authorization: 'Bearer eyJ.secret.token' } },
      },
      'account viewed',
    );
    const line = output();
    for (const secret of [
      'Maria',
      'Lopez',
      '5125550123',
      'ABC1234',
      '4111-1111-1111-1111',
      'eyJ.secret',
    ]) {
      expect(line).not.toContain(secret);
    }
    const entry = JSON.parse(line);
    expect(entry.account.accountNo).toBe('100004217');
    expect(entry.vehicle.jurisdiction).toBe('TX');
    expect(entry.msg).toBe('account viewed');
  });

  it('masks personal data in logged errors', () => {
    const { logger, output } = capture();
    logger.error({ err: new Error('no account for bob@example.org') }, 'lookup failed');
    expect(output()).not.toContain('bob@example.org');
  });
});

describe('maskText', () => {
  it('leaves dates, amounts, ids and non-card digit runs readable', () => {
    const text = 'trip 2026-11-25T11:23:00Z at plaza 7 for 1250 cents, event 1234567890123';
    expect(maskText(text)).toBe(text);
  });
});

describe('masked log lines', () => {
  it('stay valid JSON with timestamps, durations and large ids', () => {
    const { logger, output } = capture();
    for (let i = 0; i < 200; i++) {
      logger.info(
        { responseTime: 1 + i / 7, eventId: 4_000_000_000_000 + i * 7919 },
        'request completed',
      );
    }
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(200);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
