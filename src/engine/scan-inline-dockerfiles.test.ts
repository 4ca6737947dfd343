import { defineRule, type Rule } from '../core/rule.js';
import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import { ALL_RULES } from '../rules/index.js';
import { scanDocuments } from './scan-documents.js';

/** A Dockerfile rule of this test that fails on every Dockerfile. */
const FAILING: Rule = defineRule({
  meta: {
    id: 'BH999',
    slug: 'failing',
    title: 'Failing',
    description: 'A rule of this test that throws.',
    severity: 'high',
    remediation: 'Nothing.',
    references: ['https://example.com/'],
    tags: [],
    messages: { hit: 'Hit.' }
  },
  checks: {
    dockerfile() {
      throw new Error('broken rule');
    }
  }
});

function scanCompose(text: string, rules: Rule[] = [...ALL_RULES]) {
  return scanDocuments([{ path: 'compose.yaml', text }], { rules, settings: DEFAULT_RULE_SETTINGS });
}

describe('scanInlineDockerfiles', () => {
  it('keeps a rule failure on an inline text to a note on the Compose file, and the other findings', () => {
    const text = [
      'services:',
      '  app:',
      '    privileged: true',
      '    build:',
      '      dockerfile_inline: |',
      '        FROM alpine:3.20',
      '        RUN curl -k https://example.com/x | sh',
      ''
    ].join('\n');
    const result = scanCompose(text, [...ALL_RULES, FAILING]);
    expect(result.notes.map(n => [n.kind, n.file, n.rule, n.message.split(';')[0]])).toEqual([
      [
        'internal-error',
        'compose.yaml',
        'BH999',
        "The dockerfile_inline of service 'app': Internal error in rule BH999 (failing)"
      ]
    ]);
    expect(result.findings.map(f => `${f.ruleId}:${f.location.region.startLine}`)).toEqual(
      expect.arrayContaining(['BH501:3', 'BH301:7'])
    );
  });

  it('applies the Compose file’s comments: above a one-line text’s key, and for the whole file', () => {
    const quoted = [
      'services:',
      '  app:',
      '    build:',
      '      # bulkhead-ignore BH301 -- internal mirror with its own CA',
      '      dockerfile_inline: "FROM alpine:3.20\\nRUN curl -k https://mirror.internal/x\\nUSER 65532"',
      ''
    ].join('\n');
    const tls = scanCompose(quoted).findings.filter(f => f.ruleId === 'BH301');
    expect(tls.map(f => [f.location.region.startLine, f.suppression?.justification])).toEqual([
      [5, 'internal mirror with its own CA']
    ]);
    const wholeFile = `# bulkhead-ignore-file BH101\n${quoted.replace('USER 65532', 'RUN true')}`;
    const root = scanCompose(wholeFile).findings.filter(f => f.ruleId === 'BH101');
    expect(root.map(f => [f.location.region.startLine, f.suppression?.kind])).toEqual([[6, 'inSource']]);
  });

  it('gives each finding a fingerprint of its Compose line, and a text skipped as a template a note there', () => {
    const text = [
      'services:',
      '  app:',
      '    build:',
      '      dockerfile_inline: |',
      '        FROM {{ .Base }}',
      '  tool:',
      '    build:',
      '      dockerfile_inline: |',
      '        FROM alpine:3.20',
      ''
    ].join('\n');
    const result = scanCompose(text);
    expect(result.notes.map(n => [n.kind, n.file])).toEqual([['template', 'compose.yaml']]);
    expect(result.notes[0]?.message).toMatch(/^The dockerfile_inline of service 'app': Template file/);
    const root = result.findings.find(f => f.ruleId === 'BH101');
    expect(root?.location.region.startLine).toBe(9);
    expect(root?.fingerprint).toMatch(/^[0-9a-f]+:\d+$/);
  });
});
