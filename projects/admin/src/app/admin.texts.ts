import type { TranslationSet } from '@beaus/shared';

const en = {
  'admin.nav.plazas': 'Plazas',
  'admin.plazas.title': 'Plazas',
  'admin.plazas.table': 'Toll plazas',
  'admin.plazas.none': 'No plazas are configured yet.',
  'admin.column.code': 'Code',
  'admin.column.name': 'Name',
  'admin.column.roadway': 'Roadway',
  'admin.column.timeZone': 'Time zone',
  'admin.column.direction': 'Direction',
  'admin.column.lanes': 'Lanes',
  'admin.column.devices': 'Devices (active / all)',
} as const;

const es: Record<keyof typeof en, string> = {
  'admin.nav.plazas': 'Plazas de peaje',
  'admin.plazas.title': 'Plazas de peaje',
  'admin.plazas.table': 'Plazas de peaje',
  'admin.plazas.none': 'Todavía no hay plazas configuradas.',
  'admin.column.code': 'Código',
  'admin.column.name': 'Nombre',
  'admin.column.roadway': 'Vía',
  'admin.column.timeZone': 'Zona horaria',
  'admin.column.direction': 'Sentido',
  'admin.column.lanes': 'Carriles',
  'admin.column.devices': 'Dispositivos (activos / todos)',
};

/** The admin app's texts in English and Spanish. */
export const adminTexts: TranslationSet = { en, es };
