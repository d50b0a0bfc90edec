import type { TableColumn } from '@beaus/shared';
import type {
  AccountNote,
  AccountTag,
  AccountTrip,
  AccountVehicle,
  AuditEntry,
  LedgerLine,
} from '../data/account.api';

/** The columns of each account tab; none is sortable (the server orders newest first). */
export const accountColumns = {
  vehicles: [
    { key: 'plate', headerKey: 'agent.column.plate' },
    { key: 'vehicleClass', headerKey: 'agent.column.class' },
    { key: 'make', headerKey: 'agent.column.vehicle', value: (v) => [v.make, v.model].join(' ') },
    { key: 'startDate', headerKey: 'agent.column.startDate' },
    { key: 'endDate', headerKey: 'agent.column.endDate' },
    { key: 'actions', headerKey: 'agent.column.actions' },
  ] satisfies TableColumn<AccountVehicle>[],
  tags: [
    { key: 'tagNo', headerKey: 'agent.column.tagNo' },
    { key: 'status', headerKey: 'agent.column.status' },
    { key: 'plate', headerKey: 'agent.column.plate' },
    { key: 'issuedAt', headerKey: 'agent.column.issued' },
    { key: 'actions', headerKey: 'agent.column.actions' },
  ] satisfies TableColumn<AccountTag>[],
  trips: [
    { key: 'occurredAt', headerKey: 'agent.column.time' },
    { key: 'plazaName', headerKey: 'agent.column.plaza' },
    { key: 'laneCode', headerKey: 'agent.column.lane' },
    { key: 'vehicleClass', headerKey: 'agent.column.class' },
    { key: 'readType', headerKey: 'agent.column.readType' },
    { key: 'amountCents', headerKey: 'agent.column.amount' },
    { key: 'rateExplanation', headerKey: 'agent.column.rate' },
    { key: 'status', headerKey: 'agent.column.status' },
    { key: 'imageKeys', headerKey: 'agent.column.images' },
    { key: 'actions', headerKey: 'agent.column.actions' },
  ] satisfies TableColumn<AccountTrip>[],
  ledger: [
    { key: 'createdAt', headerKey: 'agent.column.time' },
    { key: 'kind', headerKey: 'agent.column.kind' },
    { key: 'description', headerKey: 'agent.column.description' },
    { key: 'amountCents', headerKey: 'agent.column.amount' },
    { key: 'runningBalanceCents', headerKey: 'agent.column.balance' },
  ] satisfies TableColumn<LedgerLine>[],
  notes: [
    { key: 'createdAt', headerKey: 'agent.column.time' },
    { key: 'authorName', headerKey: 'agent.column.author' },
    { key: 'body', headerKey: 'agent.column.note' },
  ] satisfies TableColumn<AccountNote>[],
  history: [
    { key: 'at', headerKey: 'agent.column.time' },
    { key: 'actorUsername', headerKey: 'agent.column.who' },
    { key: 'action', headerKey: 'agent.column.action' },
    {
      key: 'entityType',
      headerKey: 'agent.column.entity',
      value: (e) => `${e.entityType} ${e.entityId}`,
    },
  ] satisfies TableColumn<AuditEntry>[],
};
