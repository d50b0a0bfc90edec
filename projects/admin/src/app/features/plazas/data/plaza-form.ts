/** A plaza as the form holds it (text inputs) and the checks made as the admin types. */
export interface PlazaDraft {
  readonly code: string;
  readonly name: string;
  readonly roadway: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly timeZone: string;
  readonly direction: 'NB' | 'SB' | 'EB' | 'WB';
}

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
