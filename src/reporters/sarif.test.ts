import { PRODUCT_NAME, PRODUCT_VERSION, ruleDocsUrl } from '../core/product.js';
import { sampleResult } from './sample-result.fixture.js';
import { formatSarif, sarifArtifactUri, toSarif } from './sarif.js';
import {
  compileSarifSchema,
  describeResults,
  EXPECTED_NOTES,
  runMultitool
} from '../../test/sarif-validation.js';

describe('toSarif', () => {
  const log = toSarif(sampleResult(), { category: 'bulkhead/containers' });
  const run = log.runs[0]!;
  const results = run.results!;

  test('is valid against the official SARIF 2.1.0 schema', () => {
    const validate = compileSarifSchema();
    for (const candidate of [log, toSarif(sampleResult(), { srcRoot: 'file:///home/runner/work/app' })]) {
      const valid = validate(JSON.parse(JSON.stringify(candidate)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  test('the schema check catches an invalid log', () => {
    const validate = compileSarifSchema();
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  test('passes the SARIF multitool (rule kinds Sarif;Gh) without errors or warnings', () => {
    for (const options of [{ category: 'bulkhead' }, { srcRoot: 'file:///home/runner/work/app/' }]) {
      const findings = runMultitool(formatSarif(sampleResult(), options));
      const unexpected = findings.filter(r => r.level !== 'note' || !EXPECTED_NOTES.has(r.ruleId ?? ''));
      if (unexpected.length > 0) throw new Error(`SARIF multitool findings:\n${describeResults(unexpected)}`);
    }
  });

  test('the multitool check catches a log GitHub would reject', () => {
    const broken = toSarif(sampleResult());
    delete (broken.runs[0]!.tool.driver.rules![0] as { help?: unknown }).help;
    const findings = runMultitool(JSON.stringify(broken));
    expect(findings.some(r => r.level === 'error' && r.ruleId === 'GH2012')).toBe(true);
  });

  test('has one run with the product identity and every rule', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect([driver.name, driver.semanticVersion]).toEqual([PRODUCT_NAME, PRODUCT_VERSION]);
    expect(driver.rules!.map(rule => rule.id)).toEqual(['BH101', 'BH505', 'BH403']);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.automationDetails).toEqual({ id: 'bulkhead/containers/' });
  });

  test('describes rules for GitHub: levels, security-severity, tags, help', () => {
    const [bh101, bh505, bh403] = run.tool.driver.rules!;
    expect(bh101).toMatchObject({
      name: 'image-runs-as-root',
      shortDescription: { text: 'Image runs as root' },
      helpUri: ruleDocsUrl('BH101'),
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'dockerfile', 'CWE-250'],
        'security-severity': '8.0',
        precision: 'high'
      }
    });
    expect(bh101!.help!.markdown).toContain(ruleDocsUrl('BH101'));
    expect(bh101!.help!.text).toContain('Add a `USER` instruction');
    expect(bh505!.defaultConfiguration!.level).toBe('warning');
    expect(bh505!.properties!['security-severity']).toBe('5.5');
    expect(bh505!.help!.markdown).toContain('## When to ignore');
    expect(bh403!.defaultConfiguration!.level).toBe('note');
    expect(bh403!.properties!['security-severity']).toBe('3.0');
    expect(bh403!.properties!.tags).toHaveLength(10);
  });

  test('maps results: level per finding, index, location, fingerprint', () => {
    expect(results.map(r => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['BH403', 2, 'note'],
      ['BH101', 0, 'error'],
      ['BH505', 1, 'error'],
      ['BH403', 2, 'note']
    ]);
    expect(results[1]!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 10 }
    });
    expect(results[1]!.partialFingerprints).toEqual({ primaryLocationLineHash: 'a7f2ff13bc495cf2:1' });
    expect(results[3]!.partialFingerprints).toBeUndefined();
  });

  test("emits a finding's properties (a workload's pod OS and its evidence) as result properties", () => {
    const result = sampleResult();
    result.findings[2]!.properties = {
      podOs: 'windows',
      podOsEvidence: 'nodeSelector kubernetes.azure.com/os-sku=Windows2022'
    };
    const withProperties = toSarif(result);
    expect(withProperties.runs[0]!.results![2]!.properties).toEqual({
      podOs: 'windows',
      podOsEvidence: 'nodeSelector kubernetes.azure.com/os-sku=Windows2022',
      'security-severity': '8.0'
    });
    const validate = compileSarifSchema();
    expect(validate(JSON.parse(JSON.stringify(withProperties)))).toBe(true);
  });

  test('states security-severity on a result only when it differs from the rule default', () => {
    expect(results[2]!.properties).toEqual({ 'security-severity': '8.0' });
    expect(results[1]!.properties).toBeUndefined();
  });

  test('encodes paths and keeps related locations with ids', () => {
    const bh505 = results[2]!;
    expect(bh505.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('deploy/my%20app/pod%2C1.yaml');
    expect(bh505.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'deploy/my%20app/pod%2C1.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 8, startColumn: 7, endLine: 8, endColumn: 20 }
        },
        message: { text: 'The volume is used here.' }
      }
    ]);
  });

  test('marks suppressed findings as accepted suppressions', () => {
    expect(results[3]!.suppressions).toEqual([
      { kind: 'inSource', justification: 'Pinned by the deploy pipeline.', status: 'accepted' }
    ]);
    expect(results.slice(0, 3).every(r => r.suppressions === undefined)).toBe(true);
  });

  test('reports the invocation with notes as notifications', () => {
    const [invocation] = run.invocations!;
    expect(invocation).toMatchObject({
      executionSuccessful: true,
      startTimeUtc: '2025-01-02T03:04:05.000Z',
      endTimeUtc: '2025-01-02T03:04:06.500Z'
    });
    expect(invocation!.toolExecutionNotifications!.map(n => n.level)).toEqual(['warning', 'note']);
    expect(run.originalUriBaseIds!['%SRCROOT%']).toEqual({
      description: { text: 'The working directory of the scan.' }
    });
  });

  test('uses srcRoot for %SRCROOT% with a trailing slash', () => {
    const withRoot = toSarif(sampleResult(), { srcRoot: 'file:///home/runner/work/app' }).runs[0]!;
    expect(withRoot.originalUriBaseIds!['%SRCROOT%']).toEqual({ uri: 'file:///home/runner/work/app/' });
    expect(withRoot.automationDetails).toBeUndefined();
  });

  test('is deterministic', () => {
    expect(formatSarif(sampleResult())).toBe(formatSarif(sampleResult()));
  });
});

describe('sarifArtifactUri', () => {
  test.each([
    ['Dockerfile', 'Dockerfile'],
    ['./deploy/app.yaml', 'deploy/app.yaml'],
    ['a//b/./c', 'a/b/c'],
    ['dir with space/Dockerfile', 'dir%20with%20space/Dockerfile'],
    ['node_modules/@scope/x#1?.yaml', 'node_modules/@scope/x%231%3F.yaml'],
    ['c:odd/file', 'c%3Aodd/file'],
    ['a\\b', 'a%5Cb'],
    ['über/ü.yaml', '%C3%BCber/%C3%BC.yaml'],
    ['../sibling/Dockerfile', '../sibling/Dockerfile'],
    ['/abs/path/Dockerfile', 'file:///abs/path/Dockerfile'],
    ['C:\\work\\app\\Dockerfile', 'file:///C:/work/app/Dockerfile']
  ])('%s → %s', (path, uri) => {
    expect(sarifArtifactUri(path)).toBe(uri);
  });
});
