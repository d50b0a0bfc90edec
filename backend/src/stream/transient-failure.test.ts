import { isTransientFailure } from './transient-failure.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isTransientFailure', () => {
  it.each([
    [
      'PostgreSQL shutting down',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a connection failure', withCode('could not connect', '08006')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['a deadlock', withCode('deadlock detected', '40P01')],
    ['a serialization failure', withCode('could not serialize access', '40001')],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a lost server', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    [
      'a wrapped lost server',
      new Error('batch failed', { cause: new Error('Connection terminated') }),
    ],
  ])('retries the batch as it is after %s', (_, error) => {
    expect(isTransientFailure(error)).toBe(true);
  });

  it.each([
    [
      'a value out of range',
      withCode('value "99999999999" is out of range for type integer', '22003'),
    ],
    ['a violated check', withCode('new row violates check constraint', '23514')],
    ['a bug in the code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something that is not an error', 'boom'],
  ])('may blame the records after %s', (_, error) => {
    expect(isTransientFailure(error)).toBe(false);
  });
});
