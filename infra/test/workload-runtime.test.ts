import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaPort, streamProbes } from '../src/k8s/workload-runtime.ts';

/** Lines in the kernel's /proc/net/tcp format: local, remote, state (01 = established). */
const HEADER = '  sl  local_address rem_address   st tx_queue rx_queue';
const toBroker =
  '   0: 0A00020F:C350 0A000105:238A 01 00000000:00000000 00:00000000 00000000  1000';
const listening =
  '   1: 00000000:238A 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000';
const closing = '   2: 0A00020F:C351 0A000105:238A 06 00000000:00000000 00:00000000 00000000  1000';
const toDatabase =
  '   3: 0A00020F:C352 0A000106:1538 01 00000000:00000000 00:00000000 00000000  1000';

describe('stream processor probe', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'beaus-probe-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the probe's shell command against made-up network tables; true when it passes. */
  function probePasses(tcp: string[], tcp6: string[] = []): boolean {
    writeFileSync(join(dir, 'tcp'), [HEADER, ...tcp].join('\n') + '\n');
    writeFileSync(join(dir, 'tcp6'), [HEADER, ...tcp6].join('\n') + '\n');
    const [shell, flag, script] = streamProbes('b-1.kafka:9098,b-2.kafka:9098').livenessProbe!.exec!
      .command!;
    const local = script!.replaceAll('/proc/net/', `${dir}/`);
    try {
      execFileSync(shell!, [flag!, local], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }

  it('passes while the process holds an established connection to a broker', () => {
    expect(probePasses([toDatabase, toBroker])).toBe(true);
    expect(probePasses([], [toBroker])).toBe(true);
  });

  it('fails when no broker connection is established', () => {
    expect(probePasses([toDatabase])).toBe(false);
    expect(probePasses([listening, closing])).toBe(false);
  });

  it('takes the broker port from the bootstrap list', () => {
    expect(kafkaPort('b-1:9098,b-2:9098')).toBe(9098);
    expect(kafkaPort('localhost:9092')).toBe(9092);
    expect(kafkaPort('no-port')).toBe(9098);
  });
});
