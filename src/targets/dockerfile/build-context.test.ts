import dockerignore from '@balena/dockerignore';
import { EMPTY_REPOSITORY, type RepositoryFacts } from '../../core/repository.js';
import { sensitiveFileKind } from '../sensitive-files.js';
import { buildContextOf, filesUnderSource, sensitiveFilesUnderSource } from './build-context.js';

/**
 * A monorepo-shaped file list in walk order: services with their own Dockerfiles and ignore files, a
 * root context shared by several Dockerfiles, nested directories whose names share prefixes (`api`,
 * `api-gateway`), and credentials scattered among source files.
 */
function monorepo(): { files: string[]; ignoreFiles: Map<string, string> } {
  const files: string[] = ['.dockerignore', '.env', 'Dockerfile', 'docker-compose.yml'];
  for (const service of ['api', 'api-gateway', 'api.v2', 'web']) {
    for (let i = 0; i < 30; i++) files.push(`services/${service}/src/module-${i}.ts`);
    files.push(
      `services/${service}/.dockerignore`,
      `services/${service}/.npmrc`,
      `services/${service}/Dockerfile`,
      `services/${service}/Dockerfile.dev`,
      `services/${service}/Dockerfile.dev.dockerignore`,
      `services/${service}/certs/server.key`,
      `services/${service}/certs/ca.pem`,
      `services/${service}/config/.env.production`,
      `services/${service}/config/.env.example`
    );
  }
  const ignoreFiles = new Map([
    ['.dockerignore', 'services/web\n.env\n'],
    ['services/api/.dockerignore', '**/*.key\n'],
    ['services/api-gateway/.dockerignore', '.npmrc\n[unterminated\n'],
    ['services/web/Dockerfile.dev.dockerignore', 'config/\n']
  ]);
  return { files, ignoreFiles };
}

/** The definition the index must match: filter the whole list by prefix, then by the ignore file. */
function naiveContextFiles(files: string[], dir: string, ignored: (path: string) => boolean): string[] {
  const prefix = dir ? `${dir}/` : '';
  return files
    .filter(path => path.startsWith(prefix))
    .map(path => path.slice(prefix.length))
    .filter(path => !ignored(path));
}

describe('buildContextOf', () => {
  const { files, ignoreFiles } = monorepo();
  const repository: RepositoryFacts = { ...EMPTY_REPOSITORY, files, ignoreFiles };

  it('lists the same files, in discovery order, as filtering the whole list would', () => {
    const dockerfiles = files.filter(path => /(^|\/)Dockerfile(\.dev)?$/.test(path));
    expect(dockerfiles).toHaveLength(9);
    for (const dockerfile of dockerfiles) {
      const context = buildContextOf(dockerfile, repository);
      const withoutIgnore = buildContextOf(dockerfile, { ...repository, ignoreFiles: new Map() });
      // Docker's matcher on the ignore text, minus the one line that cannot compile.
      const text = (context.ignoreFile && ignoreFiles.get(context.ignoreFile)) || '';
      const matcher = dockerignore.default().add(text.replace('[unterminated\n', ''));
      const ignored = (path: string) => matcher.ignores(path);
      expect(withoutIgnore.files).toEqual(naiveContextFiles(files, context.dir, () => false));
      expect(context.files).toEqual(naiveContextFiles(files, context.dir, ignored));
      expect(context.sensitiveFiles).toEqual(context.files.filter(path => sensitiveFileKind(path)));
    }
  });

  it('applies the ignore file that BuildKit reads, and keeps prefix-sharing directories apart', () => {
    const api = buildContextOf('services/api/Dockerfile', repository);
    expect(api.ignoreFile).toBe('services/api/.dockerignore');
    expect(api.sensitiveFiles).toEqual(['.npmrc', 'config/.env.production']);
    expect(api.files.some(path => path.startsWith('../') || path.includes('gateway'))).toBe(false);

    const gateway = buildContextOf('services/api-gateway/Dockerfile', repository);
    // The unterminated `[` line is dropped, as Docker rejects it; `.npmrc` is still excluded.
    expect(gateway.sensitiveFiles).toEqual(['certs/server.key', 'config/.env.production']);

    const webDev = buildContextOf('services/web/Dockerfile.dev', repository);
    expect(webDev.ignoreFile).toBe('services/web/Dockerfile.dev.dockerignore');
    expect(webDev.sensitiveFiles).toEqual(['.npmrc', 'certs/server.key']);
  });

  it('gives Dockerfiles sharing a context one computed context', () => {
    const first = buildContextOf('services/api/Dockerfile', repository, '.');
    const second = buildContextOf('services/web/Dockerfile', repository, '.');
    expect(second).toBe(first);
    expect(first.dir).toBe('');
    // The root .dockerignore excludes `services/web` and `.env`.
    expect(first.sensitiveFiles).toEqual([
      'services/api/.npmrc',
      'services/api/certs/server.key',
      'services/api/config/.env.production',
      'services/api-gateway/.npmrc',
      'services/api-gateway/certs/server.key',
      'services/api-gateway/config/.env.production',
      'services/api.v2/.npmrc',
      'services/api.v2/certs/server.key',
      'services/api.v2/config/.env.production'
    ]);
  });

  it('reads a context written with a trailing slash or `./` as the directory it names', () => {
    const plain = buildContextOf('services/api/Dockerfile', repository, 'services/api');
    expect(plain.sensitiveFiles).toEqual(['.npmrc', 'config/.env.production']);
    for (const written of ['services/api/', './services/api/', 'services//api//']) {
      const context = buildContextOf('services/api/Dockerfile', repository, written);
      expect(context.dir).toBe('services/api');
      expect(context).toBe(plain);
    }
    expect(buildContextOf('Dockerfile', repository, './').dir).toBe('');
    expect(buildContextOf('Dockerfile', repository, 'missing/').files).toEqual([]);
  });

  it('selects the same sensitive files under a COPY source as the full selection filtered by name', () => {
    const context = buildContextOf('Dockerfile', { ...repository, ignoreFiles: new Map() });
    for (const source of [
      '.',
      './',
      'services/api',
      'services/api/',
      'services/*/certs',
      'services/api*',
      '*.key'
    ])
      expect(sensitiveFilesUnderSource(context, source)).toEqual(
        filesUnderSource(context, source).filter(path => sensitiveFileKind(path))
      );
  });

  it("matches a COPY source's wildcards as Docker does: per path segment, no braces, a match takes the folder", () => {
    const context = buildContextOf('Dockerfile', {
      ...repository,
      files: [
        'Dockerfile',
        'certs/server.key',
        'certs/old/ca.key',
        'cert.key',
        'a.key',
        'b.key',
        '{a,b}.key',
        'conf/app.json',
        'conf/deep/app.json',
        '!keys/x.key',
        '#keys/y.key'
      ],
      ignoreFiles: new Map()
    });
    const under = (source: string) => filesUnderSource(context, source);
    // `*` stays within a segment; a matching folder brings everything below it.
    expect(under('cert*')).toEqual(['certs/server.key', 'certs/old/ca.key', 'cert.key']);
    expect(under('conf/*.json')).toEqual(['conf/app.json']);
    expect(under('[ab].key')).toEqual(['a.key', 'b.key']);
    expect(under('?.key')).toEqual(['a.key', 'b.key']);
    // Braces are literal (Go's filepath.Match has none), and so are a leading `!` and `#`.
    expect(under('{a,b}.k*')).toEqual(['{a,b}.key']);
    expect(under('!keys/*')).toEqual(['!keys/x.key']);
    expect(under('#keys/*')).toEqual(['#keys/y.key']);
  });
});
