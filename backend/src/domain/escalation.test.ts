import fc from 'fast-check';
import { applyEscalation, escalationLadder, nextStage, validateLadder } from './escalation.ts';
import type { EscalationLadder, PriorFee } from './escalation.ts';
import { buildInvoice } from './invoicing.ts';
import type { Invoice } from './invoicing.ts';
import { cents } from './money.ts';
import { plateKey } from './plate.ts';

const DAY = 86_400_000;
const issued = new Date('2026-02-01T10:00:00Z');
const day = (n: number) => new Date(issued.getTime() + n * DAY);

// NC Quick Pass style: +$6 at 30 days, $25 penalty at 60, collections at 90.
const ladder: EscalationLadder = escalationLadder({
  stages: [
    { key: 'second_notice', afterDays: 30, feeCents: 600, capPer12Months: 2 },
    { key: 'violation', afterDays: 60, feeCents: 2500 },
    { key: 'collections', afterDays: 90, feeCents: 0 },
  ],
});

function invoice(): Invoice {
  const toll = {
    tripEventId: 'e1',
    plazaId: 'P1',
    occurredAt: new Date('2026-01-15T12:00:00Z'),
    plateKey: plateKey('NC', 'ABC1234'),
    amountCents: cents(400),
  };
  return buildInvoice([toll], { adminFeeCents: cents(250), dueDays: 30 }, issued, {
    invoiceId: 'inv-1',
    invoiceNumber: 'TBP-1',
  });
}

function advance(inv: Invoice, now: Date, prior: PriorFee[] = []): Invoice {
  const step = nextStage(inv, ladder, now, prior);
  return step === null ? inv : applyEscalation(inv, step);
}

describe('escalationLadder', () => {
  it('names the fee rule of each stage', () => {
    expect(ladder.stages.map((s) => s.feeRuleKey)).toEqual([
      'billing.escalation.second_notice.fee_cents',
      'billing.escalation.violation.fee_cents',
      'billing.escalation.collections.fee_cents',
    ]);
  });

  it('reports days out of order, duplicate keys, bad fees and caps', () => {
    const problems = validateLadder({
      stages: [
        { key: 'second_notice', afterDays: 30, feeCents: 600 },
        { key: 'second_notice', afterDays: 30, feeCents: 6.5, capPer12Months: -1 },
        { key: 'Bad Key', afterDays: 90, feeCents: -1 },
      ],
    });
    expect(problems).toEqual([
      'stage 2 (second_notice): key is used twice',
      "stage 2 (second_notice): days must be a whole number above the previous stage's 30",
      'stage 2 (second_notice): fee must be whole cents, zero or more',
      'stage 2 (second_notice): cap must be a whole number, zero or more',
      'stage 3 (Bad Key): key must be snake_case',
      'stage 3 (Bad Key): fee must be whole cents, zero or more',
    ]);
    expect(() =>
      escalationLadder({ stages: [{ key: 'invoice', afterDays: 10, feeCents: 0 }] }),
    ).toThrow('key is used twice');
  });
});

describe('nextStage', () => {
  it('does nothing before the first stage is due', () => {
    expect(nextStage(invoice(), ladder, day(29.99))).toBeNull();
  });

  it('moves to the second notice on day 30 with its fee line', () => {
    const step = nextStage(invoice(), ladder, day(30));
    expect(step).toEqual({
      invoiceId: 'inv-1',
      fromStage: 'invoice',
      toStage: 'second_notice',
      feeLines: [
        {
          kind: 'fee',
          ruleKey: 'billing.escalation.second_notice.fee_cents',
          stage: 'second_notice',
          amountCents: 600,
          addedAt: day(30),
        },
      ],
      cappedStages: [],
    });
    expect(applyEscalation(invoice(), step!).amountDueCents).toBe(400 + 250 + 600);
  });

  it('is idempotent: applying the same day twice charges once', () => {
    const once = advance(invoice(), day(30));
    expect(nextStage(once, ladder, day(30))).toBeNull();
    expect(advance(once, day(30))).toBe(once);
  });

  it('catches up after an outage, charging each missed stage once', () => {
    const step = nextStage(invoice(), ladder, day(75))!;
    expect(step.toStage).toBe('violation');
    expect(step.feeLines.map((l) => l.amountCents)).toEqual([600, 2500]);
  });

  it('reaches collections without adding a zero fee line', () => {
    const inCollections = advance(advance(advance(invoice(), day(30)), day(60)), day(90));
    expect(inCollections.stage).toBe('collections');
    expect(inCollections.amountDueCents).toBe(400 + 250 + 600 + 2500);
    expect(nextStage(inCollections, ladder, day(400))).toBeNull();
  });

  it('stops escalating a paid or void invoice', () => {
    expect(nextStage({ ...invoice(), status: 'paid' }, ladder, day(90))).toBeNull();
    expect(nextStage({ ...invoice(), status: 'void' }, ladder, day(90))).toBeNull();
  });

  it('passes a stage without its fee once the plate reached the cap in 12 months', () => {
    const prior = [
      { stage: 'second_notice', chargedAt: day(-300) },
      { stage: 'second_notice', chargedAt: day(-100) },
    ];
    const step = nextStage(invoice(), ladder, day(30), prior)!;
    expect(step).toMatchObject({
      toStage: 'second_notice',
      feeLines: [],
      cappedStages: ['second_notice'],
    });
    // A fee older than 365 days no longer counts.
    const old = [
      { stage: 'second_notice', chargedAt: day(-340) },
      { stage: 'second_notice', chargedAt: day(-100) },
    ];
    expect(nextStage(invoice(), ladder, day(30), old)!.feeLines).toHaveLength(1);
  });

  it('does not charge a stage fee already on the invoice', () => {
    const charged = advance(invoice(), day(30));
    const rewound = { ...charged, stage: 'invoice' };
    expect(nextStage(rewound, ladder, day(31))).toMatchObject({
      toStage: 'second_notice',
      feeLines: [],
    });
  });

  it('refuses an invoice in a stage the ladder does not know', () => {
    expect(() => nextStage({ ...invoice(), stage: 'mystery' }, ladder, day(30))).toThrow(
      'not on the ladder',
    );
  });

  it('refuses to apply a step to an invoice that has moved on', () => {
    const step = nextStage(invoice(), ladder, day(30))!;
    expect(() => applyEscalation(advance(invoice(), day(30)), step)).toThrow(RangeError);
  });
});

describe('time travel through the ladder (property)', () => {
  const order = ['invoice', 'second_notice', 'violation', 'collections'];
  const expectedStage = (d: number) =>
    d >= 90 ? 'collections' : d >= 60 ? 'violation' : d >= 30 ? 'second_notice' : 'invoice';

  it('day by day, run once or twice a day, the invoice is always in the stage its age calls for', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 120, maxLength: 120 }),
        (runsPerDay) => {
          let inv = invoice();
          for (let d = 0; d < 120; d += 1) {
            const before = order.indexOf(inv.stage);
            for (let r = 0; r < runsPerDay[d]!; r += 1) inv = advance(inv, day(d + r / 10));
            if (inv.stage !== expectedStage(d)) return false;
            if (order.indexOf(inv.stage) < before) return false;
          }
          const fees = inv.lines.filter((l) => l.kind === 'fee').map((l) => l.amountCents);
          return JSON.stringify(fees) === JSON.stringify([250, 600, 2500]);
        },
      ),
    );
  });

  it('any schedule of runs ends with the same stage and fees as a daily run', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 130 }), { maxLength: 20 }),
        (runDays) => {
          let inv = invoice();
          for (const d of [...runDays].sort((a, b) => a - b)) inv = advance(inv, day(d));
          inv = advance(inv, day(130));
          const fees = inv.lines.filter((l) => l.kind === 'fee').map((l) => l.amountCents);
          return (
            inv.stage === 'collections' &&
            inv.amountDueCents === 400 + 250 + 600 + 2500 &&
            fees.length === 3
          );
        },
      ),
    );
  });
});
