import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage, Mailer } from './mailer.ts';

/** E-mail through Amazon SES (v2 API); credentials and region come from the AWS default chain. */
export function createSesMailer(fromAddress: string, client = new SESv2Client({})): Mailer {
  return {
    kind: 'ses',
    async send(message: EmailMessage) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: fromAddress,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
}
