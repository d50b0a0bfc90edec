import { testAppTimeoutMs } from '../../platform/testing/test-app.ts';
import { createSeededTestApp, type SeededTestApp } from '../../seed/testing.ts';

let testApp: SeededTestApp;

beforeAll(async () => {
  testApp = await createSeededTestApp();
}, testAppTimeoutMs);
afterAll(() => testApp.close());

const query = <T>(text: string, params: unknown[] = []) =>
  testApp.adapters.database.query<T>(text, params);

let clients = 0;
/** Each call from its own address, so the sign-up rate limit only bites where a test wants it. */
const nextClient = () => `10.44.0.${++clients}`;

async function cardToken(number = '4242424242424242') {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sandbox-gateway/card-tokens',
    headers: { 'x-forwarded-for': nextClient() },
    payload: { number, expMonth: 12, expYear: 2031, cvc: '123' },
  });
  return response.json<Record<string, unknown>>();
}

async function signUpBody(email: string, plate: string, card?: Record<string, unknown>) {
  return {
    contact: { firstName: 'Ana', lastName: 'Lopez', email, phone: '(919) 555-0142' },
    password: 'toll roads 2026!',
    vehicles: [{ plate, jurisdiction: 'nc', vehicleClass: 2, make: 'Honda', model: 'Fit' }],
    card: card ?? (await cardToken()),
    initialTopUpCents: 4000,
    autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
  };
}

const signUp = (payload: unknown, client = nextClient()) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/customer/sign-up',
    headers: { 'x-forwarded-for': client },
    payload: payload as Record<string, unknown>,
  });

describe('POST /api/customer/sign-up', () => {
  it('opens a prepaid account the driver can sign in to, with the opening top-up charged once', async () => {
    const response = await signUp(await signUpBody('Ana.Lopez@Example.com', 'sgn 101'));
    expect(response.statusCode).toBe(201);
    const result = response.json<{ accountNo: string; username: string }>();
    expect(result).toMatchObject({
      username: 'ana.lopez@example.com',
      initialTopUp: { status: 'succeeded', amountCents: 4000, declineReason: null },
    });

    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': nextClient() },
      payload: { username: 'ana.lopez@example.com', password: 'toll roads 2026!' },
    });
    expect(login.statusCode).toBe(200);
    const account = await testApp.app.inject({
      method: 'GET',
      url: '/api/customer/account',
      headers: { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` },
    });
    expect(account.json()).toMatchObject({
      accountNo: result.accountNo,
      type: 'prepaid',
      holderName: 'Ana Lopez',
      balanceCents: 4000,
      autoTopUp: { thresholdCents: 1000, amountCents: 4000 },
      cardOnFile: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2031 },
      vehicles: [expect.objectContaining({ plate: 'SGN101', jurisdiction: 'NC' })],
    });
    const [audit] = await query<{ actor_username: string }>(
      `select actor_username from audit_log where action = 'account.signed_up'
       and entity_id = (select id::text from accounts where account_no = $1)`,
      [result.accountNo],
    );
    expect(audit?.actor_username).toBe('ana.lopez@example.com');
  });

  it('refuses an e-mail already registered, in any case, and charges nothing', async () => {
    const payments = async () =>
      (await query<{ n: number }>('select count(*)::int as n from payments'))[0]!.n;
    const before = await payments();
    const response = await signUp(await signUpBody('ANA.LOPEZ@example.com', 'sgn 102'));
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toBe(
      'An account with this e-mail address already exists. Sign in instead.',
    );
    expect(await payments()).toBe(before);
  });

  it('charges once when the same sign-up is sent twice at the same time', async () => {
    const body = await signUpBody('twice@example.com', 'sgn 103');
    const answers = await Promise.all([signUp(body), signUp(body)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const [row] = await query<{ n: number; total: number }>(
      `select count(*)::int as n, coalesce(sum(l.amount_cents), 0)::int as total
       from ledger_entries l join users u on u.account_id = l.account_id
       where u.username = 'twice@example.com'`,
    );
    expect(row).toEqual({ n: 1, total: 4000 });
  });

  it('opens the account when the card declines, with nothing charged', async () => {
    const declined = await cardToken('4000000000000002');
    const response = await signUp(await signUpBody('declined@example.com', 'sgn 104', declined));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      initialTopUp: { status: 'failed', declineReason: 'card_declined' },
    });
  });

  it('says what is wrong with a weak password, a small opening balance or a taken plate', async () => {
    const weak = { ...(await signUpBody('weak@example.com', 'sgn 105')), password: 'short' };
    const weakAnswer = await signUp(weak);
    expect(weakAnswer.statusCode).toBe(400);
    expect(weakAnswer.json<{ message: string }>().message).toContain(
      'body/password must be at least 12 characters',
    );
    const small = { ...(await signUpBody('small@example.com', 'sgn 106')), initialTopUpCents: 900 };
    expect((await signUp(small)).json<{ message: string }>().message).toContain(
      'body/initialTopUpCents must be at least $40.00',
    );
    const [held] = await query<{ plate: string; jurisdiction: string }>(
      'select plate, jurisdiction from vehicles where account_id = 2 and end_date is null limit 1',
    );
    const taken = await signUpBody('plate@example.com', held!.plate);
    taken.vehicles[0]!.jurisdiction = held!.jurisdiction;
    const takenAnswer = await signUp(taken);
    expect(takenAnswer.statusCode).toBe(409);
    expect(takenAnswer.json<{ message: string }>().message).toContain('is already on an account');
  });

  it('is rate-limited per client address', async () => {
    const client = nextClient();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await signUp({}, client)).statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});
