import type { TranslationSet } from '@beaus/shared';

const en = {
  'customer.profile.title': 'Profile and notifications',
  'customer.profile.phone': 'Phone',
  'customer.profile.phoneInvalid': 'Enter a phone number, e.g. 919 555 0142.',
  'customer.profile.mailing': 'Statements and notices',
  'customer.profile.mailing.email': 'By e-mail',
  'customer.profile.mailing.paper': 'On paper, by post',
  'customer.profile.notifications': 'E-mails',
  'customer.profile.receiptEmails': 'A receipt for every payment',
  'customer.profile.lowBalanceEmails': 'When my balance runs low',
  'customer.profile.save': 'Save profile',
  'customer.profile.saved': 'Profile saved.',
  'customer.profile.failed': 'The profile could not be saved. Please try again.',
};

const es: Record<keyof typeof en, string> = {
  'customer.profile.title': 'Perfil y notificaciones',
  'customer.profile.phone': 'Teléfono',
  'customer.profile.phoneInvalid': 'Escriba un número de teléfono, p. ej. 919 555 0142.',
  'customer.profile.mailing': 'Estados de cuenta y avisos',
  'customer.profile.mailing.email': 'Por correo electrónico',
  'customer.profile.mailing.paper': 'En papel, por correo postal',
  'customer.profile.notifications': 'Correos electrónicos',
  'customer.profile.receiptEmails': 'Un recibo por cada pago',
  'customer.profile.lowBalanceEmails': 'Cuando mi saldo esté bajo',
  'customer.profile.save': 'Guardar perfil',
  'customer.profile.saved': 'Perfil guardado.',
  'customer.profile.failed': 'No se pudo guardar el perfil. Inténtelo de nuevo.',
};

/** The driver's profile: phone, how mail reaches them, which e-mails they get. */
export const myProfileTexts: TranslationSet = { en, es };
