/** A new lane as the form holds it, and the checks made as the admin types. */
export const laneTypes = ['open_road', 'express', 'ramp'] as const;
export type LaneType = (typeof laneTypes)[number];

export interface LaneDraft {
  readonly code: string;
  readonly type: LaneType;
}

export const emptyLane: LaneDraft = { code: '', type: 'open_road' };

export type LaneProblems = Partial<Record<keyof LaneDraft, string>>;

/**
 * Text keys of what is wrong, by field; empty when the lane can be sent. The code is what
 * devices send with every trip, so it follows the BFF's pattern and must be new at the plaza.
 */
export function laneProblems(lane: LaneDraft, takenCodes: readonly string[]): LaneProblems {
  const code = lane.code.trim();
  if (!/^[A-Za-z0-9-]{1,16}$/.test(code)) return { code: 'admin.laneForm.codeInvalid' };
  if (takenCodes.includes(code)) return { code: 'admin.laneForm.codeTaken' };
  return {};
}
