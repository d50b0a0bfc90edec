/**
 * Staff users as admins manage them in the local identity provider: list, create with a first
 * password, change roles and team, disable (sign-in refused). With Cognito the user pool owns
 * passwords and groups; these rows still hold the roles the BFF reads (groups by configuration).
 */
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { hashPassword } from '../../../adapters/identity/password.ts';
import type { Role } from '../../../adapters/identity/principal.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { adminActor, type AdminContext } from '../admin-context.ts';

export const staffRoles = ['agent', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: StaffRole[];
  team: string | null;
  disabled: boolean;
  createdAt: string;
}

interface Row {
  id: unknown;
  username: string;
  display_name: string;
  email: string | null;
  roles: Role[];
  team: string | null;
  disabled: boolean;
  created_at: Date;
  total?: unknown;
}

// Customers sign themselves up through the customer app; this screen is for staff only.
const staffOnly = `not ('customer' = any(roles))`;

export async function listStaff(
  database: Database,
  filter: { q?: string; page: number; pageSize: number },
): Promise<{ items: StaffUser[]; total: number }> {
  const like = filter.q?.trim() ? `%${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
  const rows = await database.query<Row>(
    `select id, username, display_name, email, roles, team, disabled, created_at,
            count(*) over () as total
     from users where ${staffOnly}
       and ($1::text is null or username ilike $1 or display_name ilike $1 or team ilike $1)
     order by username limit $2 offset $3`,
    [like, filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
  return { items: rows.map(toUser), total: rows.length > 0 ? Number(rows[0].total) : 0 };
}

export interface NewStaffUser {
  username: string;
  displayName: string;
  email?: string;
  roles: StaffRole[];
  team?: string;
  password: string;
}

export async function createStaff(
  database: Database,
  context: AdminContext,
  user: NewStaffUser,
): Promise<StaffUser> {
  const passwordHash = await hashPassword(user.password);
  return database.transaction(async (tx) => {
    const [taken] = await queryRows(tx, 'select 1 from users where username = $1', [user.username]);
    if (taken) throw conflict(`The username ${user.username} is taken.`);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      `insert into users (username, display_name, email, password_hash, roles, team)
       values ($1, $2, $3, $4, $5::text[], $6) returning id`,
      [
        user.username,
        user.displayName,
        user.email ?? null,
        passwordHash,
        pgArray(user.roles),
        user.team ?? null,
      ],
    );
    const created = await staffById(tx, Number(row.id));
    await audit(tx, context, 'user.created', null, created);
    return created;
  });
}

export interface StaffChange {
  roles?: StaffRole[];
  team?: string | null;
  disabled?: boolean;
}

/** Changes roles, team or the disabled flag; an admin cannot lock themself out. */
export async function changeStaff(
  database: Database,
  context: AdminContext,
  userId: number,
  change: StaffChange,
): Promise<StaffUser> {
  return database.transaction(async (tx) => {
    const before = await staffById(tx, userId, true);
    const self = before.username === context.principal.username;
    if (self && (change.disabled === true || (change.roles && !change.roles.includes('admin')))) {
      throw new BeausError(
        409,
        'BEAUS_ERR_CONFLICT',
        'You cannot disable yourself or drop your own admin role.',
      );
    }
    await queryRows(
      tx,
      `update users set roles = coalesce($2::text[], roles),
         team = case when $3::boolean then $4 else team end,
         disabled = coalesce($5::boolean, disabled)
       where id = $1`,
      [
        userId,
        change.roles ? pgArray(change.roles) : null,
        change.team !== undefined,
        change.team ?? null,
        change.disabled ?? null,
      ],
    );
    const after = await staffById(tx, userId);
    const action =
      change.disabled === true && !before.disabled
        ? 'user.disabled'
        : change.disabled === false && before.disabled
          ? 'user.enabled'
          : 'user.updated';
    await audit(tx, context, action, before, after);
    return after;
  });
}

async function staffById(tx: BeausDb, userId: number, lock = false): Promise<StaffUser> {
  const [row] = await queryRows<Row>(
    tx,
    `select id, username, display_name, email, roles, team, disabled, created_at from users
     where id = $1 and ${staffOnly}${lock ? ' for update' : ''}`,
    [userId],
  );
  if (!row) throw notFound(`No staff user ${userId}.`);
  return toUser(row);
}

async function audit(
  tx: BeausDb,
  context: AdminContext,
  action: string,
  before: StaffUser | null,
  after: StaffUser,
) {
  await recordAudit(tx, {
    actor: await adminActor(tx, context.principal),
    action,
    entityType: 'user',
    entityId: after.id,
    before,
    after,
    requestId: context.requestId,
  });
}

/** A Postgres array literal; roles are a closed vocabulary, so no element needs quoting. */
const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;

function toUser(row: Row): StaffUser {
  return {
    id: String(row.id),
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    roles: row.roles.filter((r): r is StaffRole => r !== 'customer'),
    team: row.team,
    disabled: row.disabled,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
