import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { createSesMailer } from './ses-mailer.ts';

describe('SES mailer', () => {
  it('sends a plain-text message from the configured address', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const mailer = createSesMailer(
      'billing@beaus.example',
      new SESv2Client({ region: 'us-east-1' }),
    );
    await mailer.send({ to: 'driver@example.com', subject: 'Receipt', text: 'Paid $12.50' });
    const [call] = ses.commandCalls(SendEmailCommand);
    expect(call?.args[0].input).toMatchObject({
      FromEmailAddress: 'billing@beaus.example',
      Destination: { ToAddresses: ['driver@example.com'] },
      Content: {
        Simple: { Subject: { Data: 'Receipt' }, Body: { Text: { Data: 'Paid $12.50' } } },
      },
    });
    ses.restore();
  });
});
