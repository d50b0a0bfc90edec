import Type, { type Static } from 'typebox';

export type ErrorCode =
  | 'BEAUS_ERR_VALIDATION'
  | 'BEAUS_ERR_UNAUTHENTICATED'
  | 'BEAUS_ERR_FORBIDDEN'
  | 'BEAUS_ERR_NOT_FOUND'
  | 'BEAUS_ERR_CONFLICT'
  | 'BEAUS_ERR_VERIFICATION_FAILED'
  | 'BEAUS_ERR_PAYMENT_DECLINED'
  | 'BEAUS_ERR_RATE_LIMITED'
  | 'BEAUS_ERR_BAD_REQUEST'
  | 'BEAUS_ERR_UNAVAILABLE'
  | 'BEAUS_ERR_INTERNAL';

/** The body of every error response. */
export const ErrorResponse = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code, BEAUS_ERR_*' }),
    message: Type.String({ description: 'Human-readable; safe to show to the caller' }),
    details: Type.Optional(
      Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), {
        description: 'One entry per invalid field, e.g. { path: "body/plate", message: … }',
      }),
    ),
    requestId: Type.Optional(Type.String({ description: 'Quote this when reporting a 5xx' })),
  },
  { title: 'ErrorResponse' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

/** Error responses every authenticated route can return; spread into `schema.response`. */
export const protectedErrorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  500: ErrorResponse,
} as const;

/** Error responses a public route can return. */
export const publicErrorResponses = { 400: ErrorResponse, 500: ErrorResponse } as const;

/** Thrown by route handlers and services for an expected failure with a known code. */
export class BeausError extends Error {
  readonly statusCode: number;
  readonly code: ErrorCode;

  constructor(statusCode: number, code: ErrorCode, message: string) {
    super(message);
    this.name = 'BeausError';
    this.statusCode = statusCode;
    this.code = code;
  }
}

export const notFound = (message: string) => new BeausError(404, 'BEAUS_ERR_NOT_FOUND', message);
export const forbidden = (message: string) => new BeausError(403, 'BEAUS_ERR_FORBIDDEN', message);
export const conflict = (message: string) => new BeausError(409, 'BEAUS_ERR_CONFLICT', message);
