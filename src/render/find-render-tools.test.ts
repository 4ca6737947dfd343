import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRenderTools } from './find-render-tools.js';

describe('findRenderTools', () => {
  let dir: string;
  const tool = (path: string, executable = true) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), '#!/bin/sh\n');
    chmodSync(join(dir, path), executable ? 0o755 : 0o644);
    return join(dir, path);
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bulkhead-tools-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds helm and kubectl on PATH, as on a GitHub-hosted runner', () => {
    const helm = tool('bin/helm');
    const kubectl = tool('usr/bin/kubectl');
    expect(findRenderTools({ PATH: [join(dir, 'bin'), join(dir, 'usr/bin')].join(':') })).toEqual({
      helm,
      kustomize: { command: kubectl, args: ['kustomize'] }
    });
  });

  it('falls back to `kustomize build`, and skips files that are not executable', () => {
    tool('bin/helm', false);
    const kustomize = tool('bin/kustomize');
    expect(findRenderTools({ PATH: join(dir, 'bin') })).toEqual({
      kustomize: { command: kustomize, args: ['build'] }
    });
  });

  it('prefers the config path, then the environment variable, and never guesses past an explicit path', () => {
    tool('bin/helm');
    const configured = tool('tools/helm-v4');
    const fromEnv = tool('env/kubectl');
    const found = findRenderTools(
      { PATH: join(dir, 'bin'), BULKHEAD_KUBECTL: fromEnv, BULKHEAD_HELM: join(dir, 'nope') },
      { helm: 'tools/helm-v4' },
      dir
    );
    expect(found).toEqual({ helm: configured, kustomize: { command: fromEnv, args: ['kustomize'] } });
    expect(
      findRenderTools({ PATH: join(dir, 'bin'), BULKHEAD_HELM: join(dir, 'nope') }).helm
    ).toBeUndefined();
  });
});
