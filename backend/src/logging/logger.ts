import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config.ts';
import { maskPersonalData, maskText } from './mask-personal-data.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * The process logger: JSON lines, credentials removed by path, personal fields (names, plates,
 * contact details) masked by key, and every finished line scanned for e-mail addresses, phone
 * and card numbers, so none is written even when a caller logs a whole object.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[masked]',
      },
      formatters: {
        log: (object) => maskPersonalData(object) as Record<string, unknown>,
      },
      hooks: {
        // The finished JSON line, after every serializer: catches e-mails, phones and cards in
        // request URLs, error messages and anything else the key-based masking cannot see.
        streamWrite: (line) => maskText(line),
      },
    },
    // Synchronous by default so log lines and the start-up banner appear in order.
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
