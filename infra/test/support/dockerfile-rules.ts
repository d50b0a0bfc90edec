/**
 * A small Dockerfile linter for the rules hadolint would enforce here (hadolint is not
 * installable on these machines): pinned bases, multi-stage, non-root runtime, exec-form CMD.
 */
export interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
}

export interface Stage {
  readonly name: string;
  readonly base: string;
  readonly instructions: Instruction[];
}

/** Join continuation lines, drop comments, split into instructions. */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let buffer = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!buffer && (line === '' || line.startsWith('#'))) return;
    if (!buffer) startLine = index + 1;
    buffer += (buffer ? ' ' : '') + line.replace(/\\$/, '').trim();
    if (line.endsWith('\\')) return;
    const [keyword = '', ...rest] = buffer.split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: startLine });
    buffer = '';
  });
  return instructions;
}

/** Stages with ARG defaults substituted into their base image. */
export function stagesOf(instructions: Instruction[]): Stage[] {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = instruction.args.split('=');
      args.set(name, value);
    } else if (instruction.keyword === 'FROM') {
      const [image = '', , name = `stage${stages.length}`] = instruction.args.split(/\s+/);
      const base = image.replace(/\$\{?(\w+)\}?/g, (_m, key: string) => args.get(key) ?? '');
      stages.push({ name, base, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The user a stage runs as, following `FROM <earlier stage>` inheritance. */
export function effectiveUser(stage: Stage, stages: Stage[]): string {
  const own = stage.instructions.filter((i) => i.keyword === 'USER').at(-1);
  if (own) return own.args;
  const parent = stages.find((candidate) => candidate.name === stage.base);
  return parent ? effectiveUser(parent, stages) : 'root';
}

export function lintDockerfile(text: string): string[] {
  const instructions = parseDockerfile(text);
  const stages = stagesOf(instructions);
  const stageNames = new Set(stages.map((stage) => stage.name));
  const problems: string[] = [];
  if (stages.length < 2) problems.push('not a multi-stage build');
  for (const stage of stages) {
    if (stageNames.has(stage.base)) continue;
    if (!/^[\w./-]+:[\w.-]*\d[\w.-]*(@sha256:[a-f0-9]{64})?$/.test(stage.base)) {
      problems.push(`stage ${stage.name}: base "${stage.base}" is not pinned to a version`);
    }
    if (/:latest\b/.test(stage.base)) problems.push(`stage ${stage.name}: uses :latest`);
  }
  const final = stages.filter((stage) =>
    stage.instructions.some((instruction) => instruction.keyword === 'CMD'),
  );
  if (final.length === 0) problems.push('no stage defines CMD');
  for (const stage of final) {
    const user = effectiveUser(stage, stages);
    if (/^(root|0)(:|$)/.test(user)) problems.push(`stage ${stage.name}: runs as ${user}`);
    const cmd = stage.instructions.filter((i) => i.keyword === 'CMD').at(-1);
    if (cmd && !cmd.args.startsWith('['))
      problems.push(`stage ${stage.name}: CMD not in exec form`);
  }
  for (const instruction of instructions) {
    if (instruction.keyword === 'ADD' && /https?:\/\//.test(instruction.args)) {
      problems.push(`line ${instruction.line}: ADD from a URL (use curl + checksum)`);
    }
    if (instruction.keyword === 'RUN' && /npm install\b/.test(instruction.args)) {
      problems.push(`line ${instruction.line}: npm install (use npm ci)`);
    }
    if (instruction.keyword === 'RUN' && /\bsudo\b/.test(instruction.args)) {
      problems.push(`line ${instruction.line}: sudo`);
    }
  }
  return problems;
}
