/** One e-mail to a driver (receipts, notices). Plain text keeps it readable everywhere. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail: Amazon SES in production, a local outbox folder when embedded. */
export interface Mailer {
  readonly kind: string;
  send(message: EmailMessage): Promise<void>;
}

/** Keeps messages in memory; for tests that check what a driver would receive. */
export function createMemoryMailer(): Mailer & { readonly sent: EmailMessage[] } {
  const sent: EmailMessage[] = [];
  return {
    kind: 'memory',
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
