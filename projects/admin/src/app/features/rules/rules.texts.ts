import type { TranslationSet } from '@beaus/shared';

const en = {
  'admin.rules.title': 'Business rules',
  'admin.rules.help':
    'Each change takes effect at its date; events are always judged by the rules of their own time.',
  'admin.rules.current': 'In force',
  'admin.rules.scheduled': 'Scheduled',
  'admin.rules.since': 'since {at}',
  'admin.rules.from': 'from {at}',
  'admin.rules.noValue': 'No value',
  'admin.rules.newValue': 'New value',
  'admin.rules.effectiveFrom': 'Effective from (your time)',
  'admin.rules.schedule': 'Schedule',
  'admin.rules.badValue': 'This is not a valid value for this rule',
  'admin.rules.mustBeFuture': 'Choose a time in the future',
  'admin.rules.done': 'Change scheduled.',
  'admin.rules.kind.cents': 'Amount in dollars, e.g. 2.50',
  'admin.rules.kind.days': 'Whole days',
  'admin.rules.kind.seconds': 'Whole seconds',
  'admin.rules.kind.ratio': 'A number from 0 to 1',
  'admin.rules.kind.ladder': 'JSON: stages with stage, afterDays, feeCents',
  'admin.rules.kind.cycle': 'JSON: issueDaysOfMonth and maxDaysAfterTravel',
  'admin.rules.kind.dates': 'JSON: local dates, e.g. ["2026-12-25"]',
  'admin.rules.kind.daysByKind': 'JSON: days per case kind, e.g. {"dispute": 10, "inquiry": 5}',
  'admin.rules.kind.lineKinds':
    'JSON: invoice line kinds waived, e.g. ["fee"] or ["fee", "penalty"]',
} as const;

const es: Record<keyof typeof en, string> = {
  'admin.rules.title': 'Reglas de negocio',
  'admin.rules.help':
    'Cada cambio entra en vigor en su fecha; los eventos se juzgan con las reglas de su momento.',
  'admin.rules.current': 'Vigente',
  'admin.rules.scheduled': 'Programado',
  'admin.rules.since': 'desde {at}',
  'admin.rules.from': 'a partir de {at}',
  'admin.rules.noValue': 'Sin valor',
  'admin.rules.newValue': 'Nuevo valor',
  'admin.rules.effectiveFrom': 'Vigente desde (su hora)',
  'admin.rules.schedule': 'Programar',
  'admin.rules.badValue': 'No es un valor válido para esta regla',
  'admin.rules.mustBeFuture': 'Elija una hora futura',
  'admin.rules.done': 'Cambio programado.',
  'admin.rules.kind.cents': 'Importe en dólares, p. ej. 2.50',
  'admin.rules.kind.days': 'Días enteros',
  'admin.rules.kind.seconds': 'Segundos enteros',
  'admin.rules.kind.ratio': 'Un número de 0 a 1',
  'admin.rules.kind.ladder': 'JSON: etapas con stage, afterDays, feeCents',
  'admin.rules.kind.cycle': 'JSON: issueDaysOfMonth y maxDaysAfterTravel',
  'admin.rules.kind.dates': 'JSON: fechas locales, p. ej. ["2026-12-25"]',
  'admin.rules.kind.daysByKind':
    'JSON: días por tipo de caso, p. ej. {"dispute": 10, "inquiry": 5}',
  'admin.rules.kind.lineKinds':
    'JSON: tipos de línea condonados, p. ej. ["fee"] o ["fee", "penalty"]',
};

/** Texts of the business rules screen. */
export const rulesTexts: TranslationSet = { en, es };
