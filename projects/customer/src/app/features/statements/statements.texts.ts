import type { TranslationSet } from '@beaus/shared';

const en = {
  'customer.statements.title': 'Statements',
  'customer.statements.lead':
    'Each month shows the opening balance, every charge and payment with the balance after it, your trips, and the closing balance.',
  'customer.statements.none':
    'No statements yet. The first appears after your first trip or payment.',
  'customer.statements.month': 'Month',
  'customer.statements.download': 'Download',
  'customer.statements.pdf': 'PDF',
  'customer.statements.csv': 'CSV',
  'customer.statements.pdfLabel': 'Download the {month} statement as PDF',
  'customer.statements.csvLabel': 'Download the {month} statement as CSV (spreadsheet)',
  'customer.statements.downloading': 'Preparing the {month} statement…',
  'customer.statements.failed': 'The statement could not be downloaded. Please try again.',
  'customer.statements.language': 'Statements and e-mails in',
  'customer.statements.languageSaved': 'Saved. Your next statements and e-mails use this language.',
  'customer.statements.languageFailed': 'That did not save. Please try again.',
} as const;

const es: Record<keyof typeof en, string> = {
  'customer.statements.title': 'Estados de cuenta',
  'customer.statements.lead':
    'Cada mes muestra el saldo inicial, cada cargo y pago con el saldo después de él, sus viajes y el saldo final.',
  'customer.statements.none':
    'Todavía no hay estados de cuenta. El primero aparece después de su primer viaje o pago.',
  'customer.statements.month': 'Mes',
  'customer.statements.download': 'Descargar',
  'customer.statements.pdf': 'PDF',
  'customer.statements.csv': 'CSV',
  'customer.statements.pdfLabel': 'Descargar el estado de cuenta de {month} en PDF',
  'customer.statements.csvLabel':
    'Descargar el estado de cuenta de {month} en CSV (hoja de cálculo)',
  'customer.statements.downloading': 'Preparando el estado de cuenta de {month}…',
  'customer.statements.failed': 'No se pudo descargar el estado de cuenta. Intente de nuevo.',
  'customer.statements.language': 'Estados de cuenta y correos en',
  'customer.statements.languageSaved':
    'Guardado. Sus próximos estados de cuenta y correos usarán este idioma.',
  'customer.statements.languageFailed': 'No se guardó. Intente de nuevo.',
};

/** Texts of the statements page. */
export const statementsTexts: TranslationSet = { en, es };
