import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isUniqueViolation } from '../adapters/database/unique-violation.ts';
import type { BeausApp } from './app-types.ts';
import { BeausError, type ErrorCode, type ErrorResponse } from './errors.ts';

/** Codes for client errors Fastify or its plugins raise themselves. */
const codeByStatus: Record<number, ErrorCode> = {
  401: 'BEAUS_ERR_UNAUTHENTICATED',
  403: 'BEAUS_ERR_FORBIDDEN',
  404: 'BEAUS_ERR_NOT_FOUND',
  409: 'BEAUS_ERR_CONFLICT',
  429: 'BEAUS_ERR_RATE_LIMITED',
};

/**
 * The one error handler: validation failures name each bad field, expected failures keep their
 * code, and a 5xx says only that something went wrong (the details go to the log).
 */
export function registerErrorHandler(app: BeausApp): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) return sendValidationError(error, reply);
    if (error instanceof BeausError) {
      return send(reply, error.statusCode, { code: error.code, message: error.message });
    }
    if (isUniqueViolation(error)) {
      // The route's own check passed, but a concurrent request saved the same key first.
      request.log.warn({ err: error }, 'unique violation answered as a conflict');
      return send(reply, 409, {
        code: 'BEAUS_ERR_CONFLICT',
        message: 'Someone saved the same record a moment ago. Reload and try again.',
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = codeByStatus[status] ?? 'BEAUS_ERR_BAD_REQUEST';
      return send(reply, status, { code, message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, status >= 500 ? status : 500, {
      code: status === 503 ? 'BEAUS_ERR_UNAVAILABLE' : 'BEAUS_ERR_INTERNAL',
      message: 'Something went wrong on our side. Please try again.',
      requestId: request.id,
    });
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    send(reply, 404, {
      code: 'BEAUS_ERR_NOT_FOUND',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

function sendValidationError(error: FastifyError, reply: FastifyReply) {
  const context = error.validationContext ?? 'request';
  const details = (error.validation ?? []).map((issue) => {
    // A missing property is reported on its parent; name the property itself.
    const missing = (issue.params as { missingProperty?: string }).missingProperty;
    const path = `${context}${issue.instancePath}${missing ? `/${missing}` : ''}`;
    return { path, message: issue.message ?? 'is invalid' };
  });
  const message = details.map((detail) => `${detail.path} ${detail.message}`).join('; ');
  return send(reply, 400, { code: 'BEAUS_ERR_VALIDATION', message, details });
}

function send(reply: FastifyReply, status: number, body: ErrorResponse) {
  return reply.code(status).type('application/json').send(body);
}
