import type { Template } from 'aws-cdk-lib/assertions';

/** Parsed template JSON is untyped; the callers' assertions are the type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The `kafka-cluster:*` actions one role's policies allow, per resource, as readable keys:
 * `cluster`, `topic:<name>`, `group:<name>`. A resource that is none of these (a wildcard, or
 * another cluster) is kept as its raw JSON, so an exact comparison fails loudly on it.
 */
export function kafkaGrants(template: Template, roleId: string): Record<string, string[]> {
  const policies = Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([id]) => id.includes(roleId))
    .map(([, policy]) => policy as Json);
  if (policies.length === 0) throw new Error(`No policy of ${roleId}`);
  const grants = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const statement of policy.Properties.PolicyDocument.Statement as Json[]) {
      const actions = [statement.Action].flat() as string[];
      const kafkaActions = actions.filter((action) => action.startsWith('kafka-cluster:'));
      if (kafkaActions.length === 0) continue;
      expect(statement.Effect).toBe('Allow');
      expect(statement.Condition).toBeUndefined();
      for (const resource of [statement.Resource].flat()) {
        const key = resourceKey(resource);
        const set = grants.get(key) ?? new Set<string>();
        for (const action of kafkaActions) set.add(action.replace('kafka-cluster:', ''));
        grants.set(key, set);
      }
    }
  }
  return Object.fromEntries([...grants].map(([key, set]) => [key, [...set].sort()]));
}

/** Event-log cluster ARN (imported from the Data stack) or a topic/group ARN built from it. */
function resourceKey(resource: Json): string {
  const imported = resource?.['Fn::ImportValue'];
  if (
    typeof imported === 'string' &&
    /:ExportsOutputFnGetAttEventLogCluster\w+Arn/.test(imported)
  ) {
    return 'cluster';
  }
  const parts = resource?.['Fn::Join']?.[1] as Json[] | undefined;
  const prefix = parts?.[2];
  const name = parts?.[4];
  const kind = /^:kafka:[a-z0-9-]+:\d{12}:(topic|group)\/beaus-(?:dev|prod)-events\/$/.exec(
    typeof prefix === 'string' ? prefix : '',
  )?.[1];
  const scopedToCluster = JSON.stringify(parts?.[3]).includes('EventLogCluster');
  if (kind && scopedToCluster && parts?.length === 5 && typeof name === 'string') {
    return `${kind}:${name.replace(/^\//, '')}`;
  }
  return JSON.stringify(resource);
}
