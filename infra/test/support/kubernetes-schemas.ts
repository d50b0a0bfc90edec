import { Ajv } from 'ajv';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { NodePool } from '@kubernetes-models/karpenter/karpenter.sh/v1/NodePool';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';

type Validator = (object: Record<string, unknown>) => void;

/** Models generated from the Kubernetes OpenAPI and the CRDs; `validate()` runs their schema. */
function model(Model: new (data: never) => { validate(): void }): Validator {
  return (object) => new Model(object as never).validate();
}

const ajv = new Ajv({ allErrors: true, strict: false });
const name = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' };

/**
 * CRDs no model package ships, checked against the required fields of their published CRD
 * schemas (AWS Load Balancer Controller v2 TargetGroupBinding; EKS Auto Mode NodeClass).
 */
const CRD_SCHEMAS: Record<string, object> = {
  'elbv2.k8s.aws/v1beta1/TargetGroupBinding': {
    type: 'object',
    required: ['metadata', 'spec'],
    properties: {
      metadata: { type: 'object', required: ['name'], properties: { name } },
      spec: {
        type: 'object',
        required: ['targetGroupARN', 'serviceRef'],
        additionalProperties: false,
        properties: {
          targetGroupARN: { type: 'string', pattern: '^arn:aws[a-z-]*:elasticloadbalancing:' },
          targetType: { enum: ['ip', 'instance'] },
          serviceRef: {
            type: 'object',
            required: ['name', 'port'],
            additionalProperties: false,
            properties: { name, port: { type: ['integer', 'string'] } },
          },
        },
      },
    },
  },
  'eks.amazonaws.com/v1/NodeClass': {
    type: 'object',
    required: ['metadata', 'spec'],
    properties: {
      metadata: { type: 'object', required: ['name'], properties: { name } },
      spec: {
        type: 'object',
        required: ['role', 'subnetSelectorTerms', 'securityGroupSelectorTerms'],
        properties: {
          role: { type: 'string', minLength: 1 },
          subnetSelectorTerms: { type: 'array', minItems: 1, items: { type: 'object' } },
          securityGroupSelectorTerms: { type: 'array', minItems: 1, items: { type: 'object' } },
          ephemeralStorage: {
            type: 'object',
            properties: { size: { type: 'string', pattern: '^[0-9]+(Gi|G|Ti|T)$' } },
          },
        },
      },
    },
  },
};

function crd(schema: object): Validator {
  const check = ajv.compile(schema);
  return (object) => {
    if (!check(object)) throw new Error(ajv.errorsText(check.errors));
  };
}

export const VALIDATORS: Readonly<Record<string, Validator>> = {
  'v1/Namespace': model(Namespace),
  'v1/ConfigMap': model(ConfigMap),
  'v1/ServiceAccount': model(ServiceAccount),
  'v1/Service': model(Service),
  'apps/v1/Deployment': model(Deployment),
  'policy/v1/PodDisruptionBudget': model(PodDisruptionBudget),
  'autoscaling/v2/HorizontalPodAutoscaler': model(HorizontalPodAutoscaler),
  'karpenter.sh/v1/NodePool': model(NodePool),
  'keda.sh/v1alpha1/ScaledObject': model(ScaledObject),
  'keda.sh/v1alpha1/TriggerAuthentication': model(TriggerAuthentication),
  ...Object.fromEntries(Object.entries(CRD_SCHEMAS).map(([key, schema]) => [key, crd(schema)])),
};

/** Validate one parsed manifest; throws with the schema errors, or for an unknown kind. */
export function validateManifest(object: Record<string, unknown>): void {
  const key = `${String(object['apiVersion'])}/${String(object['kind'])}`;
  const validator = VALIDATORS[key];
  if (!validator) throw new Error(`No schema for ${key}`);
  validator(object);
}
