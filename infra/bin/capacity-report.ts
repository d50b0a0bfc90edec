import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { capacityTables, withTables } from '../src/capacity/capacity-report.ts';
import { getStageProps } from '../src/config/stages.ts';

/**
 * Print the capacity and cost tables from the prod configuration and the figures in
 * src/capacity/figures.ts. `--write FILE` updates the generated block of the docs;
 * `--check FILE` fails when the docs are out of date (CI runs it).
 */
const { values } = parseArgs({
  options: { write: { type: 'string' }, check: { type: 'string' } },
});
const tables = capacityTables(getStageProps('prod'));
const target = values.write ?? values.check;
if (!target) {
  console.log(tables);
} else {
  const current = readFileSync(target, 'utf8');
  const updated = withTables(current, tables);
  if (values.write) {
    writeFileSync(target, updated);
    console.log(`Updated ${target}`);
  } else if (updated !== current) {
    console.error(`${target} is out of date: run npm run capacity -w infra -- --write ${target}`);
    process.exit(1);
  } else {
    console.log(`${target} is current`);
  }
}
