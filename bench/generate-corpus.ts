import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so every run scans the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES = [
  'ubuntu:24.04',
  'node:20',
  'python:3.12-slim',
  'mcr.microsoft.com/windows/servercore:ltsc2022',
  'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  'alpine',
  'golang:1.23',
  'gcr.io/distroless/static:nonroot'
];
const STEPS = [
  'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
  'RUN sudo make install',
  'RUN useradd -m app && usermod -aG sudo app',
  'COPY . /app',
  'WORKDIR /app',
  'ENV PATH=/app/bin:$PATH',
  'RUN set -eux; \\\n    for f in a b c; do echo "$f"; done; \\\n    if [ -f /x ]; then rm /x; fi',
  'USER app',
  'USER root',
  'RUN net localgroup Administrators builder /add'
];

/** Writes `count` Dockerfiles (plus as many non-target files) under `dir`; returns the total bytes. */
export function generateCorpus(dir: string, count: number, seed = 42): number {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `svc-${Math.floor(i / 20)}`, `app-${i}`);
    mkdirSync(folder, { recursive: true });
    const stages = 1 + Math.floor(next() * 3);
    const lines: string[] = [];
    for (let s = 0; s < stages; s++) {
      lines.push(`FROM ${pick(BASES)}${s < stages - 1 ? ` AS stage${s}` : ''}`);
      const steps = 3 + Math.floor(next() * 12);
      for (let k = 0; k < steps; k++) lines.push(pick(STEPS));
    }
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(folder, 'Dockerfile'), text);
    writeFileSync(join(folder, 'main.js'), `console.log(${i});\n`);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
