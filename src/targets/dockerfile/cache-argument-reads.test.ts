import { DockerfileParser, type ModifiableInstruction } from 'dockerfile-ast';
import { cacheArgumentReads } from './cache-argument-reads.js';
import { parseDockerfile } from './parse-dockerfile.js';

const DOCKERFILE = [
  'FROM --platform=linux/amd64 golang:1.23 AS build',
  'COPY --from=deps --chown=app:app go.mod go.sum /src/',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    go build -o /out/app ./cmd/app',
  'ENV CGO_ENABLED=0 GOOS=linux',
  ''
].join('\n');

describe('cacheArgumentReads', () => {
  beforeAll(() => cacheArgumentReads());

  it('reads the same arguments on every call, however callers change the arrays they get', () => {
    const copy = DockerfileParser.parse(DOCKERFILE).getInstructions()[1] as ModifiableInstruction;
    const first = copy.getArguments();
    expect(first.map(a => a.getValue())).toEqual(['go.mod', 'go.sum', '/src/']);
    first.shift(); // ModifiableInstruction.getArguments() shifts the flags off the array it reads
    first.push(first[0]!);
    expect(copy.getArguments().map(a => a.getValue())).toEqual(['go.mod', 'go.sum', '/src/']);
    expect(copy.getFlags().map(f => [f.getName(), f.getValue()])).toEqual([
      ['from', 'deps'],
      ['chown', 'app:app']
    ]);
    expect(copy.getArgumentsContent()).toBe('go.mod go.sum /src/');
  });

  it('keeps each instruction to its own arguments', () => {
    const [from, copy, run, env] = DockerfileParser.parse(DOCKERFILE).getInstructions();
    expect(from!.getArguments().map(a => a.getValue())).toEqual(['golang:1.23', 'AS', 'build']);
    expect(copy!.getArguments()).toHaveLength(3);
    expect(run!.getArgumentsContent()).toBe('go build -o /out/app ./cmd/app');
    expect(env!.getArgumentsContent()).toBe('CGO_ENABLED=0 GOOS=linux');
  });

  it('leaves the model of a Dockerfile as it was', () => {
    const doc = parseDockerfile(DOCKERFILE);
    const [copy, run, env] = doc.stages[0]!.instructions;
    expect(copy!.args.map(a => a.value)).toEqual(['go.mod', 'go.sum', '/src/']);
    expect(copy!.flags.map(f => f.name)).toEqual(['from', 'chown']);
    expect(run!.flags).toEqual([
      {
        name: 'mount',
        value: 'type=cache,target=/root/.cache',
        region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 43 }
      }
    ]);
    expect(run!.argsText).toBe('go build -o /out/app ./cmd/app');
    expect(env!.properties.map(p => [p.name, p.value])).toEqual([
      ['CGO_ENABLED', '0'],
      ['GOOS', 'linux']
    ]);
  });
});
