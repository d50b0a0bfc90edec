/**
 * The four trip topics by the role each plays, named as the backend names them
 * (backend/src/stream/outcome-records.ts `tripTopics`): IAM policies, the KEDA trigger, alarms
 * and the per-topic partition variables all derive from this one map.
 */
export const TRIP_TOPIC_ROLES = ['raw', 'posted', 'review', 'deadLetter'] as const;
export type TripTopicRole = (typeof TRIP_TOPIC_ROLES)[number];

export const TRIP_TOPICS: Readonly<Record<TripTopicRole, string>> = {
  raw: 'trips.raw',
  posted: 'trips.posted',
  review: 'trips.review',
  deadLetter: 'trips.dead-letter',
};
