import { caseWorkRefusal, isOverdue, slaDaysFor, slaDueAt, upheldDisputeCredit } from './cases.ts';

describe('case SLA', () => {
  it('takes the days configured for the kind, else the general days', () => {
    expect(slaDaysFor('inquiry', { dispute: 10, inquiry: 5 }, 10)).toBe(5);
    expect(slaDaysFor('hardship', { dispute: 10, inquiry: 5 }, 12)).toBe(12);
    expect(slaDaysFor('dispute', null, 7)).toBe(7);
    expect(slaDaysFor('dispute', { dispute: 0 }, 7)).toBe(7);
  });

  it('is due that many calendar days after opening', () => {
    expect(slaDueAt(new Date('2026-11-25T10:00:00Z'), 5).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
  });

  it('flags an open or in-progress case past its due time, never a closed one', () => {
    const due = new Date('2026-11-30T10:00:00Z');
    const after = new Date('2026-11-30T10:00:01Z');
    expect(isOverdue('open', due, after)).toBe(true);
    expect(isOverdue('in_progress', due, after)).toBe(true);
    expect(isOverdue('in_progress', due, due)).toBe(false);
    expect(isOverdue('closed', due, after)).toBe(false);
  });

  it('refuses to work a closed case', () => {
    expect(caseWorkRefusal('open')).toBeNull();
    expect(caseWorkRefusal('closed')).toMatch(/closed/);
  });
});

describe('upheldDisputeCredit', () => {
  const trips = [
    { tripId: '1', status: 'posted', chargedCents: 300 },
    { tripId: '2', status: 'reversed', chargedCents: 300 },
    { tripId: '3', status: 'posted', chargedCents: 450 },
    { tripId: '4', status: 'invoiced', chargedCents: 0 },
  ];

  it('reverses only the posted trips, each for what it was charged', () => {
    expect(upheldDisputeCredit(trips, 5000, false)).toEqual({
      reversals: [
        { tripId: '1', creditCents: 300 },
        { tripId: '3', creditCents: 450 },
      ],
      totalCents: 750,
      needsSupervisor: false,
    });
  });

  it('needs a supervisor above the agent limit, not at it', () => {
    expect(upheldDisputeCredit(trips, 750, false).needsSupervisor).toBe(false);
    expect(upheldDisputeCredit(trips, 749, false).needsSupervisor).toBe(true);
    expect(upheldDisputeCredit(trips, 749, true).needsSupervisor).toBe(false);
  });
});
