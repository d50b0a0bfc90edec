import type { TranslationSet } from '@beaus/shared';

const en = {
  'supervisor.nav.overview': 'Operations overview',
  'supervisor.overview.title': 'Operations today',
  'supervisor.overview.asOf': 'As of {time}',
  'supervisor.overview.refresh': 'Refresh',
  'supervisor.overview.trips': 'Trips today',
  'supervisor.overview.revenue': 'Toll revenue today',
  'supervisor.overview.readMix': 'Read mix',
  'supervisor.overview.readTag': 'Tag',
  'supervisor.overview.readPlate': 'Plate',
  'supervisor.overview.readReview': 'Image review',
  'supervisor.overview.backlog': 'Image review backlog',
  'supervisor.overview.approvals': 'Pending approvals',
  'supervisor.overview.noTrips': 'No trips yet today.',
  'supervisor.overview.oldest': 'Oldest waiting since {time}',
  'supervisor.overview.openCases': 'Open cases',
  'supervisor.overview.pastSla': '{count} past their deadline',
} as const;

const es: Record<keyof typeof en, string> = {
  'supervisor.nav.overview': 'Resumen de operaciones',
  'supervisor.overview.title': 'Operaciones de hoy',
  'supervisor.overview.asOf': 'Actualizado: {time}',
  'supervisor.overview.refresh': 'Actualizar',
  'supervisor.overview.trips': 'Viajes de hoy',
  'supervisor.overview.revenue': 'Ingresos por peaje de hoy',
  'supervisor.overview.readMix': 'Tipo de lectura',
  'supervisor.overview.readTag': 'Tag',
  'supervisor.overview.readPlate': 'Placa',
  'supervisor.overview.readReview': 'Revisión de imagen',
  'supervisor.overview.backlog': 'Pendientes de revisión de imagen',
  'supervisor.overview.approvals': 'Aprobaciones pendientes',
  'supervisor.overview.noTrips': 'Todavía no hay viajes hoy.',
  'supervisor.overview.oldest': 'El más antiguo espera desde {time}',
  'supervisor.overview.openCases': 'Casos abiertos',
  'supervisor.overview.pastSla': '{count} fuera de plazo',
};

/** The supervisor app's texts in English and Spanish. */
export const supervisorTexts: TranslationSet = { en, es };
