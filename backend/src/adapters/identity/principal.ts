import type { Role } from '../database/schema/users.ts';

export type { Role } from '../database/schema/users.ts';
export { roles } from '../database/schema/users.ts';

/** Who is calling, as proven by a verified access token. */
export interface Principal {
  /** The token subject: the users row id locally, the Cognito sub in production. */
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  /** A customer's own account (claim `beaus:account_id`); absent for staff. */
  accountId?: number;
}

/** The claim names Beaus reads; Cognito adds the custom ones in a pre-token-generation trigger. */
export const claimNames = {
  username: 'username',
  name: 'name',
  groups: 'cognito:groups',
  accountId: 'beaus:account_id',
} as const;

/** Rejected tokens carry no detail to the caller; the reason is for logs. */
export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}
