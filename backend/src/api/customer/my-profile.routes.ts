import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { customerContextOf } from './customer-context.ts';
import { loadMyProfile, saveMyProfile } from './my-profile.ts';

const MailingPreference = Type.Union([Type.Literal('email'), Type.Literal('paper')], {
  description: 'Statements and notices by e-mail, or on paper by post',
});

const Notifications = Type.Object(
  {
    receiptEmails: Type.Boolean({ description: 'E-mail a receipt for every payment' }),
    lowBalanceEmails: Type.Boolean({ description: 'E-mail when the balance runs low' }),
  },
  { additionalProperties: false },
);

const MyProfile = Type.Object(
  {
    phone: Type.Union([Type.String(), Type.Null()], { description: 'E.164' }),
    mailingPreference: MailingPreference,
    notifications: Notifications,
  },
  { title: 'MyProfile' },
);

const MyProfileBody = Type.Object(
  {
    phone: Type.Union([Type.String({ pattern: '^\\+?[0-9 ().-]{7,20}$' }), Type.Null()]),
    mailingPreference: MailingPreference,
    notifications: Notifications,
  },
  { additionalProperties: false },
);

/** The signed-in customer's profile and notification preferences (account from the token). */
export async function myProfileRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/profile',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'getMyProfile',
        summary: 'My phone, mailing preference and notification preferences',
        response: { 200: MyProfile, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request) => loadMyProfile(app.database, customerContextOf(request).accountId),
  );

  app.put(
    '/profile',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'setMyProfile',
        summary: 'Change my phone, mailing preference and notification preferences',
        body: MyProfileBody,
        response: { 200: MyProfile, 404: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request) => saveMyProfile(app.database, customerContextOf(request), request.body),
  );
}
