import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { registerErrorHandler } from './error-handler.ts';
import { conflict } from './errors.ts';

function appThrowing(error: Error) {
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  registerErrorHandler(app);
  app.get('/boom', async () => {
    throw error;
  });
  return app;
}

describe('the error handler', () => {
  it('answers a unique violation from a concurrent write as 409, not 500', async () => {
    // Drizzle wraps the driver's error; the SQLSTATE sits on the cause.
    const driverError = Object.assign(
      new Error('duplicate key value violates "tags_tag_no_unique"'),
      {
        code: '23505',
      },
    );
    const app = appThrowing(new Error('Failed query: insert into tags …', { cause: driverError }));
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'BEAUS_ERR_CONFLICT' });
    expect(response.json().message).toMatch(/reload and try again/i);
  });

  it('keeps an expected failure’s own code and message', async () => {
    const response = await appThrowing(conflict('Tag 123 is taken.')).inject('/boom');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ code: 'BEAUS_ERR_CONFLICT', message: 'Tag 123 is taken.' });
  });

  it('hides the details of an unexpected failure behind a request id', async () => {
    const response = await appThrowing(new Error('secret connection string')).inject('/boom');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.json()).toMatchObject({ code: 'BEAUS_ERR_INTERNAL' });
    expect(response.json().requestId).toEqual(expect.any(String));
  });
});
