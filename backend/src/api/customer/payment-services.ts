import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import type { Mailer } from '../../adapters/email/mailer.ts';
import { createOutboxMailer } from '../../adapters/email/outbox-mailer.ts';
import { createSesMailer } from '../../adapters/email/ses-mailer.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';
import { createSandboxPaymentGateway } from '../../adapters/payments/sandbox-payment-gateway.ts';
import type { Config } from '../../config/config.ts';

/** The card processor and e-mail the customer routes use, one set per app instance. */
export interface PaymentServices {
  gateway: PaymentGateway;
  mailer: Mailer;
  /** Signs short-lived photo links so an evidence image is served only to the invoice's viewer. */
  photoSigner: PhotoSigner;
}

const servicesByConfig = new WeakMap<Config, PaymentServices>();

/**
 * The services for an app, made on first use: the sandbox gateway (the only processor so far)
 * and SES when SES_FROM_ADDRESS is set, else the outbox folder under DATA_DIR. Tests swap in their own with `usePaymentServices`.
 */
export function paymentServicesFor(config: Config): PaymentServices {
  let services = servicesByConfig.get(config);
  if (!services) {
    services = {
      gateway: createSandboxPaymentGateway(),
      mailer: config.sesFromAddress
        ? createSesMailer(config.sesFromAddress)
        : createOutboxMailer(join(config.dataDir, 'outbox')),
      photoSigner: createPhotoSigner(randomBytes(32)),
    };
    servicesByConfig.set(config, services);
  }
  return services;
}

export function usePaymentServices(config: Config, services: Partial<PaymentServices>): void {
  servicesByConfig.set(config, { ...paymentServicesFor(config), ...services });
}

export interface PhotoSigner {
  sign(invoiceNo: string, tripId: string, expiresAt: Date): string;
  verify(invoiceNo: string, tripId: string, signature: string, now: Date): boolean;
}

/** HMAC over invoice, trip and expiry: the link works for this photo only, and not for long. */
export function createPhotoSigner(secret: Buffer): PhotoSigner {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    sign(invoiceNo, tripId, expiresAt) {
      const expires = Math.floor(expiresAt.getTime() / 1000);
      return `${expires}.${mac(`${invoiceNo}:${tripId}:${expires}`)}`;
    },
    verify(invoiceNo, tripId, signature, now) {
      const [expires, given] = signature.split('.');
      if (!expires || !given || !/^\d+$/.test(expires)) return false;
      if (Number(expires) * 1000 < now.getTime()) return false;
      const expected = Buffer.from(mac(`${invoiceNo}:${tripId}:${expires}`));
      const actual = Buffer.from(given);
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    },
  };
}
