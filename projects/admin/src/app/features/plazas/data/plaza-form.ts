/** A plaza as the form holds it (text inputs) and the checks made as the admin types. */
export interface PlazaDraft {
  readonly code: string;
  readonly name: string;
  readonly roadway: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly timeZone: string;
  readonly direction: PlazaDirection;
}

export const plazaDirections = ['NB', 'SB', 'EB', 'WB'] as const;
export type PlazaDirection = (typeof plazaDirections)[number];

export const emptyPlaza: PlazaDraft = {
  code: '',
  name: '',
  roadway: '',
  latitude: '',
  longitude: '',
  timeZone: 'America/Chicago',
  direction: 'NB',
};

export type PlazaProblems = Partial<Record<keyof PlazaDraft, string>>;

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

function coordinate(text: string, limit: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** Text keys of what is wrong, by field; empty when the plaza can be sent. */
export function plazaProblems(plaza: PlazaDraft): PlazaProblems {
  const problems: PlazaProblems = {};
  if (!/^[A-Z0-9][A-Z0-9-]{1,15}$/.test(plaza.code)) problems.code = 'admin.plazaForm.codeInvalid';
  if (!plaza.name.trim()) problems.name = 'admin.plazaForm.required';
  if (!plaza.roadway.trim()) problems.roadway = 'admin.plazaForm.required';
  if (!coordinate(plaza.latitude, 90)) problems.latitude = 'admin.plazaForm.latitude';
  if (!coordinate(plaza.longitude, 180)) problems.longitude = 'admin.plazaForm.longitude';
  if (!knownZone(plaza.timeZone)) problems.timeZone = 'admin.plazaForm.zone';
  return problems;
}

/** The fields of a plaza that can be corrected (its code never changes), as the BFF takes them. */
export interface PlazaChange {
  name?: string;
  roadway?: string;
  latitude?: number;
  longitude?: number;
  timeZone?: string;
  direction?: PlazaDirection;
}

/** A stored plaza as the form holds it, ready to be corrected. */
export function plazaDraftOf(plaza: {
  code: string;
  name: string;
  roadway: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  direction: string;
}): PlazaDraft {
  const direction = plazaDirections.find((d) => d === plaza.direction) ?? 'NB';
  return {
    code: plaza.code,
    name: plaza.name,
    roadway: plaza.roadway,
    latitude: String(plaza.latitude),
    longitude: String(plaza.longitude),
    timeZone: plaza.timeZone,
    direction,
  };
}

/**
 * Only what the admin changed, so the audit log's before/after shows the correction and
 * nothing else; empty when the form still holds the stored plaza.
 */
export function plazaChanges(before: PlazaDraft, after: PlazaDraft): PlazaChange {
  const change: PlazaChange = {};
  if (after.name.trim() !== before.name) change.name = after.name.trim();
  if (after.roadway.trim() !== before.roadway) change.roadway = after.roadway.trim();
  if (Number(after.latitude) !== Number(before.latitude)) change.latitude = Number(after.latitude);
  if (Number(after.longitude) !== Number(before.longitude))
    change.longitude = Number(after.longitude);
  if (after.timeZone !== before.timeZone) change.timeZone = after.timeZone;
  if (after.direction !== before.direction) change.direction = after.direction;
  return change;
}
