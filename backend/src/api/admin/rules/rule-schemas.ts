/**
 * What each business rule's value may be: one schema per configuration key, plus the checks a
 * schema cannot say (an escalation ladder climbs). A value that passes is safe for the pipeline
 * and billing to read at any event time.
 */
import Type, { type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { configurationKeys as keys } from '../../../seed/configuration-defaults.ts';
import type { Problem } from '../admin-context.ts';

const cents = (maximum: number, description: string) =>
  Type.Integer({ minimum: 0, maximum, description: `${description} (integer cents)` });
const days = (description: string) => Type.Integer({ minimum: 1, maximum: 3650, description });

const EscalationLadder = Type.Array(
  Type.Object(
    {
      stage: Type.Union([
        Type.Literal('second_notice'),
        Type.Literal('violation'),
        Type.Literal('collections'),
      ]),
      afterDays: Type.Integer({ minimum: 1, maximum: 3650 }),
      feeCents: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 10 },
);

const BillingCycle = Type.Object(
  {
    issueDaysOfMonth: Type.Array(Type.Integer({ minimum: 1, maximum: 28 }), {
      minItems: 1,
      maxItems: 28,
      uniqueItems: true,
    }),
    maxDaysAfterTravel: Type.Integer({ minimum: 1, maximum: 365 }),
  },
  { additionalProperties: false },
);

/** Local calendar dates, e.g. ["2026-12-25"]: plazas rate these days by their holiday bands. */
const Holidays = Type.Array(
  Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' }),
  {
    maxItems: 400,
    uniqueItems: true,
  },
);

/** Days to resolve a case, per kind; a kind left out takes `cases.slaDays`. */
const SlaDaysByKind = Type.Object(
  {
    dispute: Type.Optional(days('Days to resolve a dispute')),
    inquiry: Type.Optional(days('Days to answer an inquiry')),
    hardship: Type.Optional(days('Days to decide a hardship request')),
  },
  { additionalProperties: false },
);

/** Invoice line kinds waived when toll-by-plate converts to prepaid, e.g. ["fee"]. */
const WaivedLineKinds = Type.Array(Type.Union([Type.Literal('fee'), Type.Literal('penalty')]), {
  maxItems: 2,
  uniqueItems: true,
});

export interface RuleDefinition {
  readonly key: string;
  readonly schema: TSchema;
  readonly kind:
    | 'cents'
    | 'days'
    | 'seconds'
    | 'ratio'
    | 'ladder'
    | 'cycle'
    | 'dates'
    | 'daysByKind'
    | 'lineKinds';
}

/** Every rule admins may schedule, by configuration key. */
export const ruleDefinitions: readonly RuleDefinition[] = [
  { key: keys.adminFeeCents, kind: 'cents', schema: cents(100_000, 'Per toll-by-plate invoice') },
  { key: keys.escalationLadder, kind: 'ladder', schema: EscalationLadder },
  { key: keys.invoiceDueDays, kind: 'days', schema: days('Days to pay an invoice') },
  { key: keys.billingCycle, kind: 'cycle', schema: BillingCycle },
  { key: keys.lowBalanceCents, kind: 'cents', schema: cents(1_000_000, 'Low-balance threshold') },
  { key: keys.autoTopUpCents, kind: 'cents', schema: cents(1_000_000, 'Default auto top-up') },
  {
    key: keys.agentAdjustmentLimitCents,
    kind: 'cents',
    schema: cents(10_000_000, 'Largest adjustment an agent makes without approval'),
  },
  {
    key: keys.duplicateWindowSeconds,
    kind: 'seconds',
    schema: Type.Integer({ minimum: 1, maximum: 3600 }),
  },
  {
    key: keys.ocrConfidenceThreshold,
    kind: 'ratio',
    schema: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { key: keys.tripMaxAgeDays, kind: 'days', schema: days('Older trips go to exceptions') },
  { key: keys.caseSlaDays, kind: 'days', schema: days('Days to resolve a case') },
  { key: keys.caseSlaDaysByKind, kind: 'daysByKind', schema: SlaDaysByKind },
  { key: keys.conversionWaivedLineKinds, kind: 'lineKinds', schema: WaivedLineKinds },
  {
    key: keys.cardExpiryWarningDays,
    kind: 'days',
    schema: days('Days before a card expires that the customer is warned'),
  },
  { key: keys.holidays, kind: 'dates', schema: Holidays },
];

const byKey = new Map(ruleDefinitions.map((rule) => [rule.key, rule]));

export function ruleDefinition(key: string): RuleDefinition | undefined {
  return byKey.get(key);
}

/** Every problem with `value` as the rule `key`, empty when it may be scheduled. */
export function ruleValueProblems(rule: RuleDefinition, value: unknown): Problem[] {
  const schemaProblems = [...Value.Errors(rule.schema, value)].map((error) => ({
    path: `body/value${error.instancePath}`,
    message: `${rule.key}${error.instancePath} ${error.message}`,
  }));
  if (schemaProblems.length > 0 || rule.kind !== 'ladder') return schemaProblems;
  return ladderProblems(value as { afterDays: number }[]);
}

/** A ladder's stages come in order of days, each later than the one before. */
function ladderProblems(ladder: readonly { afterDays: number }[]): Problem[] {
  const problems: Problem[] = [];
  ladder.forEach((step, index) => {
    if (index > 0 && step.afterDays <= ladder[index - 1].afterDays) {
      problems.push({
        path: `body/value/${index}/afterDays`,
        message: `stage ${index + 1} must come later than stage ${index} (${ladder[index - 1].afterDays} days)`,
      });
    }
  });
  return problems;
}
