import type { TranslationSet } from '@beaus/shared';

const en = {
  'admin.audit.title': 'Audit log',
  'admin.audit.table': 'Audit entries, newest first',
  'admin.audit.none': 'No entries match these filters.',
  'admin.audit.filters': 'Filters',
  'admin.audit.actor': 'Who (username)',
  'admin.audit.entityType': 'What (entity type)',
  'admin.audit.action': 'Action',
  'admin.audit.from': 'From day',
  'admin.audit.to': 'To day',
  'admin.audit.apply': 'Apply filters',
  'admin.audit.export': 'Export CSV',
  'admin.audit.at': 'When',
  'admin.audit.entity': 'Entity',
  'admin.audit.changes': 'Changes in entry {id}',
  'admin.audit.field': 'Field',
  'admin.audit.before': 'Before',
  'admin.audit.after': 'After',
  'admin.audit.noChanges': 'No field changed (a view or an action without data).',
  'admin.audit.openHint': 'Open a row (click or Enter) to see its before and after.',
} as const;

const es: Record<keyof typeof en, string> = {
  'admin.audit.title': 'Registro de auditoría',
  'admin.audit.table': 'Entradas de auditoría, la más reciente primero',
  'admin.audit.none': 'Ninguna entrada coincide con estos filtros.',
  'admin.audit.filters': 'Filtros',
  'admin.audit.actor': 'Quién (usuario)',
  'admin.audit.entityType': 'Qué (tipo de entidad)',
  'admin.audit.action': 'Acción',
  'admin.audit.from': 'Desde el día',
  'admin.audit.to': 'Hasta el día',
  'admin.audit.apply': 'Aplicar filtros',
  'admin.audit.export': 'Exportar CSV',
  'admin.audit.at': 'Cuándo',
  'admin.audit.entity': 'Entidad',
  'admin.audit.changes': 'Cambios de la entrada {id}',
  'admin.audit.field': 'Campo',
  'admin.audit.before': 'Antes',
  'admin.audit.after': 'Después',
  'admin.audit.noChanges': 'Ningún campo cambió (una consulta o una acción sin datos).',
  'admin.audit.openHint': 'Abra una fila (clic o Intro) para ver el antes y el después.',
};

/** Texts of the audit log viewer. */
export const auditTexts: TranslationSet = { en, es };
