import { parseAllDocuments } from 'yaml';
import { STAGE_NAMES, WORKLOAD_NAMES } from '../src/config/stage-props.ts';
import type { KubernetesObject } from '../src/k8s/manifest-inputs.ts';
import { renderManifests, toYaml } from '../src/k8s/render-manifests.ts';
import { manifestInputs } from './support/manifest-fixture.ts';
import { validateManifest } from './support/kubernetes-schemas.ts';

/** Render, serialise and parse back: the test checks the YAML kubectl would receive. */
function renderedYaml(stage: (typeof STAGE_NAMES)[number]): KubernetesObject[] {
  const { platform, workloads } = renderManifests(manifestInputs(stage));
  const text = `${toYaml(platform)}---\n${toYaml(workloads)}`;
  return parseAllDocuments(text).map((document) => document.toJS() as KubernetesObject);
}

/** Parsed YAML is untyped; the assertions are the type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Parsed = any;

function ofKind(objects: KubernetesObject[], kind: string): KubernetesObject[] {
  return objects.filter((object) => object.kind === kind);
}

function containerOf(objects: KubernetesObject[], workload: string): Parsed {
  const deployment = ofKind(objects, 'Deployment').find(
    (object) => (object as Parsed).metadata.name === `beaus-${workload}`,
  ) as Parsed;
  return deployment.spec.template.spec.containers[0];
}

describe.each(STAGE_NAMES)('Kubernetes manifests (%s)', (stage) => {
  const objects = renderedYaml(stage);

  it.each(objects.map((object) => [`${object.kind} ${(object as Parsed).metadata.name}`, object]))(
    'validates against its schema: %s',
    (_label, object) => {
      expect(() => validateManifest(object as KubernetesObject)).not.toThrow();
    },
  );

  it('runs every workload on arm64 with requests, probes and a non-root user', () => {
    const deployments = ofKind(objects, 'Deployment');
    expect(deployments).toHaveLength(WORKLOAD_NAMES.length);
    for (const deployment of deployments) {
      const pod = (deployment as Parsed).spec.template.spec;
      expect(pod.nodeSelector['kubernetes.io/arch']).toBe('arm64');
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      const [container] = pod.containers;
      expect(container.resources.requests).toEqual({
        cpu: expect.stringMatching(/m$/),
        memory: expect.stringMatching(/Mi$/),
      });
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        expect(container[probe]).toBeDefined();
      }
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    }
  });

  it('probes each service where the backend answers', () => {
    const bff = containerOf(objects, 'bff');
    expect(bff.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
    expect(bff.readinessProbe.httpGet).toEqual({ path: '/api/health', port: 'http' });
    const ingest = containerOf(objects, 'ingest');
    expect(ingest.ports).toEqual([{ name: 'http', containerPort: 8090 }]);
    expect(ingest.env).toContainEqual({ name: 'INGEST_PORT', value: '8090' });
    expect(ingest.readinessProbe.httpGet).toEqual({ path: '/ingest/health', port: 'http' });
    // A dependency outage takes pods out of rotation; it must not restart them all.
    for (const served of [bff, ingest]) {
      expect(served.livenessProbe).toEqual(
        expect.objectContaining({ tcpSocket: { port: 'http' } }),
      );
    }
    const stream = containerOf(objects, 'stream');
    expect(stream.ports).toBeUndefined();
    expect(stream.livenessProbe.exec.command.join(' ')).toContain(':238A 01 '); // 9098 in hex
  });

  it('runs the BFF without the in-process pipeline or the simulator', () => {
    const env = containerOf(objects, 'bff').env;
    expect(env).toContainEqual({ name: 'PIPELINE', value: 'off' });
    expect(env).toContainEqual({ name: 'SIMULATOR_RATE', value: '0' });
    for (const workload of ['ingest', 'stream']) {
      const names = (containerOf(objects, workload).env ?? []).map((e: Parsed) => e.name);
      expect(names).not.toContain('PIPELINE');
    }
  });

  it('points the load balancers at the ports the Services expose', () => {
    const bindings = ofKind(objects, 'TargetGroupBinding') as Parsed[];
    const ports = Object.fromEntries(
      bindings.map((binding) => [binding.metadata.name, binding.spec.serviceRef.port]),
    );
    expect(ports).toEqual({ 'beaus-bff': 8080, 'beaus-ingest': 8090 });
  });

  it('has a disruption budget per workload', () => {
    expect(ofKind(objects, 'PodDisruptionBudget')).toHaveLength(WORKLOAD_NAMES.length);
  });

  it('scales the BFF and ingest on CPU and the processors on Kafka lag', () => {
    const hpas = ofKind(objects, 'HorizontalPodAutoscaler').map(
      (hpa) => (hpa as Parsed).spec.scaleTargetRef.name,
    );
    expect(hpas.sort()).toEqual(['beaus-bff', 'beaus-ingest']);
    const [scaled] = ofKind(objects, 'ScaledObject') as Parsed[];
    expect(scaled.spec.triggers[0]).toMatchObject({
      type: 'kafka',
      metadata: {
        topic: 'trips.raw',
        consumerGroup: 'stream-processor.trips.raw',
        sasl: 'aws_msk_iam',
        tls: 'enable',
      },
    });
    const partitions = manifestInputs(stage).stageProps.eventLog.tripPartitions.raw;
    expect(scaled.spec.maxReplicaCount).toBeLessThanOrEqual(partitions);
  });

  it('offers Karpenter Graviton capacity, Spot first', () => {
    const [pool] = ofKind(objects, 'NodePool') as Parsed[];
    const requirements = pool.spec.template.spec.requirements;
    expect(requirements).toContainEqual({
      key: 'kubernetes.io/arch',
      operator: 'In',
      values: ['arm64'],
    });
    expect(requirements).toContainEqual({
      key: 'karpenter.sh/capacity-type',
      operator: 'In',
      values: ['spot', 'on-demand'],
    });
  });
});

describe('schema validation', () => {
  it('rejects a malformed Deployment', () => {
    const [deployment] = ofKind(renderedYaml('dev'), 'Deployment') as Parsed[];
    deployment.spec.replicas = 'two';
    expect(() => validateManifest(deployment)).toThrow();
  });

  it('rejects a TargetGroupBinding without a target group', () => {
    const [binding] = ofKind(renderedYaml('dev'), 'TargetGroupBinding') as Parsed[];
    delete binding.spec.targetGroupARN;
    expect(() => validateManifest(binding)).toThrow();
  });

  it('refuses kinds it has no schema for', () => {
    expect(() => validateManifest({ apiVersion: 'example.com/v1', kind: 'Widget' })).toThrow(
      /No schema/,
    );
  });
});

describe('manifest inputs from CDK outputs', () => {
  it('reads images, target groups and identity from the stacks', async () => {
    const { inputsFromOutputs } = await import('../src/k8s/inputs-from-outputs.ts');
    const outputs = {
      'Beaus-dev-Compute': {
        ClusterName: 'beaus-dev',
        NodeRoleName: 'node-role',
        BffTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/bff/1',
        IngestTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/ingest/1',
      },
      'Beaus-dev-Delivery': {
        bffRepositoryUri: 'r/bff',
        ingestRepositoryUri: 'r/ingest',
        streamRepositoryUri: 'r/stream',
      },
      'Beaus-dev-Identity': { UserPoolId: 'us-east-1_X', UserPoolClientId: 'abc' },
    };
    const inputs = inputsFromOutputs(outputs, {
      stage: 'dev',
      imageTag: 'sha1',
      kafkaBootstrapBrokers: 'b-1:9098',
    });
    expect(inputs.imageUris).toEqual({
      bff: 'r/bff:sha1',
      ingest: 'r/ingest:sha1',
      stream: 'r/stream:sha1',
    });
    expect(inputs.nodeRoleName).toBe('node-role');
  });
});
