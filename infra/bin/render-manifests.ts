import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isStageName } from '../src/config/stage-props.ts';
import type { CdkOutputsFile } from '../src/deploy/stack-outputs.ts';
import { inputsFromOutputs } from '../src/k8s/inputs-from-outputs.ts';
import { renderManifests, toYaml } from '../src/k8s/render-manifests.ts';

/**
 * Write `platform.yaml` (cluster-scoped) and `workloads.yaml` (namespace `beaus`) for a stage:
 *   node bin/render-manifests.ts --stage prod --outputs cdk-outputs.json \
 *     --image-tag "$GITHUB_SHA" --kafka-brokers "$BROKERS" --out dist/k8s
 */
const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    outputs: { type: 'string', default: 'cdk-outputs.json' },
    'image-tag': { type: 'string' },
    'kafka-brokers': { type: 'string' },
    account: { type: 'string' },
    out: { type: 'string', default: 'dist/k8s' },
  },
});
const stage = values.stage ?? '';
if (!isStageName(stage) || !values['image-tag'] || !values['kafka-brokers']) {
  console.error('usage: --stage dev|prod --image-tag TAG --kafka-brokers HOST:PORT[,…]');
  process.exit(2);
}
const outputs = JSON.parse(readFileSync(values.outputs, 'utf8')) as CdkOutputsFile;
const manifests = renderManifests(
  inputsFromOutputs(outputs, {
    stage,
    imageTag: values['image-tag'],
    kafkaBootstrapBrokers: values['kafka-brokers'],
    overrides: { account: values.account },
  }),
);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'platform.yaml'), toYaml(manifests.platform));
writeFileSync(join(values.out, 'workloads.yaml'), toYaml(manifests.workloads));
console.log(`Wrote ${values.out}/platform.yaml and ${values.out}/workloads.yaml`);
