import Type from 'typebox';
import { eq } from 'drizzle-orm';
import { accounts } from '../../adapters/database/schema/index.ts';
import type { BeausApp } from '../../platform/app-types.ts';
import { principalOf } from '../../platform/auth.ts';
import { ErrorResponse, notFound, protectedErrorResponses } from '../../platform/errors.ts';
import { Language } from './guest-pay.schemas.ts';

const Preferences = Type.Object(
  {
    language: Type.Union([Type.Literal('en'), Type.Literal('es')], {
      description: 'Language of my e-mails and statements',
    }),
  },
  { title: 'CustomerPreferences' },
);

const PreferencesBody = Type.Object({ language: Language }, { additionalProperties: false });

/** The signed-in customer's communication preferences (the account comes from the token only). */
export async function preferencesRoutes(app: BeausApp): Promise<void> {
  const ownAccount = (accountId: number | undefined) => {
    if (accountId === undefined) throw notFound('No account is linked to this sign-in.');
    return accountId;
  };

  app.get(
    '/preferences',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'getMyPreferences',
        summary: 'My preferences: the language of my e-mails and statements',
        response: { 200: Preferences, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const accountId = ownAccount(principalOf(request).accountId);
      const [row] = await app.database.db
        .select({ language: accounts.preferredLanguage })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      if (!row) throw notFound('No account is linked to this sign-in.');
      return row;
    },
  );

  app.put(
    '/preferences',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'setMyPreferences',
        summary: 'Set the language of my e-mails and statements',
        body: PreferencesBody,
        response: { 200: Preferences, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request) => {
      const accountId = ownAccount(principalOf(request).accountId);
      const [row] = await app.database.db
        .update(accounts)
        .set({ preferredLanguage: request.body.language })
        .where(eq(accounts.id, accountId))
        .returning({ language: accounts.preferredLanguage });
      if (!row) throw notFound('No account is linked to this sign-in.');
      return row;
    },
  );
}
