import type { Finding } from '../core/finding.js';
import { withoutGeneratedSecrets } from './generated-secrets.js';

const finding = (ruleId: string, line: number): Finding =>
  ({
    ruleId,
    message: `${ruleId} on line ${line}`,
    location: {
      file: 'chart/values.yaml',
      region: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 }
    }
  }) as Finding;

const STREAM = [
  'kind: Secret',
  'data:',
  '  token: QUJDREVGRw==',
  '  password: SGFyYm9yMTIzNDU=',
  'stringData:',
  '  key.pem: |',
  '    -----BEGIN PRIVATE KEY-----',
  '    MIIEvQIBADANBgkq',
  '    -----END PRIVATE KEY-----',
  'kind: Deployment'
].join('\n');

async function kept(found: Finding[], second: string): Promise<string[]> {
  const renderedLines = new Map(found.map(f => [f, f.location.region.startLine]));
  const rerender = () => Promise.resolve({ ok: true as const, stdout: second });
  return (await withoutGeneratedSecrets({ findings: found, renderedLines }, STREAM, rerender)).map(
    f => f.message
  );
}

describe('withoutGeneratedSecrets', () => {
  it('drops the secrets findings whose entry, block lines included, differs in a second render', async () => {
    const second = STREAM.replace('QUJDREVGRw==', 'WllYV1ZVVA==').replace(
      'MIIEvQIBADANBgkq',
      'MIIEvgIBADANBgkr'
    );
    const found = [finding('BH206', 3), finding('BH206', 4), finding('BH207', 6), finding('BH504', 3)];
    // BH504 is not a secrets rule: a second render is not its business, whatever the line holds.
    expect(await kept(found, second)).toEqual(['BH206 on line 4', 'BH504 on line 3']);
  });

  it('compares a PEM block to its END line when the finding is on its BEGIN line (genSelfSignedCert through nindent)', async () => {
    const changed = STREAM.replace('MIIEvQIBADANBgkq', 'MIIEvgIBADANBgkr');
    expect(await kept([finding('BH207', 7)], changed)).toEqual([]);
    // The same key in both renders is committed, not generated.
    expect(await kept([finding('BH207', 7)], STREAM)).toEqual(['BH207 on line 7']);
  });

  it('keeps every finding when the streams do not line up or the second render fails', async () => {
    const found = [finding('BH206', 3)];
    expect(await kept(found, `${STREAM.replace('QUJDREVGRw==', 'x')}\nextra: line`)).toEqual([
      'BH206 on line 3'
    ]);
    const failing = () => Promise.resolve({ ok: false as const, reason: 'timeout' });
    const renderedLines = new Map(found.map(f => [f, 3]));
    expect(await withoutGeneratedSecrets({ findings: found, renderedLines }, STREAM, failing)).toEqual(found);
  });

  it('renders again only when there is a secrets finding', async () => {
    let renders = 0;
    const rerender = () => {
      renders++;
      return Promise.resolve({ ok: true as const, stdout: STREAM });
    };
    const found = [finding('BH508', 1)];
    await withoutGeneratedSecrets(
      { findings: found, renderedLines: new Map([[found[0] as Finding, 1]]) },
      STREAM,
      rerender
    );
    expect(renders).toBe(0);
  });
});
