import Type from 'typebox';
import type { BeausApp } from '../../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../../platform/errors.ts';
import { contextOf, problemResponse } from '../admin-context.ts';
import { listRules, scheduleRule } from './rule-versions.ts';

const admin = { roles: ['admin'] } as const;
const Time = Type.String({ format: 'date-time' });

const RuleValue = Type.Object({
  value: Type.Unknown({ description: 'A number, or for ladders and cycles a JSON structure' }),
  effectiveFrom: Time,
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

const Rule = Type.Object(
  {
    key: Type.String(),
    kind: Type.String({
      description: 'cents, days, seconds, ratio, ladder, cycle, dates, daysByKind or lineKinds',
    }),
    current: Type.Union([RuleValue, Type.Null()]),
    scheduled: Type.Array(RuleValue),
  },
  { title: 'BusinessRule' },
);

/** Effective-dated business rules: what is in force, what is scheduled, and scheduling more. */
export async function ruleRoutes(app: BeausApp): Promise<void> {
  app.get(
    '/rules',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'listBusinessRules',
        summary: 'Every business rule with its value in force now and the values scheduled',
        response: { 200: Type.Array(Rule), ...protectedErrorResponses },
      },
    },
    async () => listRules(app.database, new Date()),
  );

  app.post(
    '/rules/:key/versions',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        operationId: 'scheduleBusinessRule',
        summary: 'Schedule a new value of a rule from a future instant',
        description:
          'The value is checked against the rule (a fee in whole cents, a ladder whose stages ' +
          'climb, …); 400 lists every problem, 409 when a value already starts at that instant.',
        params: Type.Object({ key: Type.String({ maxLength: 100 }) }),
        body: Type.Object(
          { value: Type.Unknown(), effectiveFrom: Time },
          { additionalProperties: false, required: ['value', 'effectiveFrom'] },
        ),
        response: { 200: Rule, 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses },
      },
    },
    async (request, reply) => {
      const { value, effectiveFrom } = request.body;
      const result = await scheduleRule(
        app.database,
        contextOf(request),
        request.params.key,
        value,
        new Date(effectiveFrom),
      );
      if (!result.ok) return reply.code(400).send(problemResponse('Rule', result.problems));
      return result.value;
    },
  );
}
