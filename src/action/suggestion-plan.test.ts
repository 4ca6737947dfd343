import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../core/finding.js';
import type { Fix } from '../core/fix.js';
import type { Region } from '../core/location.js';
import type { Severity } from '../core/severity.js';
import type { ChangedLines } from '../gate/changed-lines.js';
import { markersIn, planSuggestions, suggestionMarker, wholeLineReplacement } from './suggestion-plan.js';

const DOCKERFILE = [
  'FROM debian:12-slim',
  'RUN curl -fsSLk https://deb.nodesource.com/setup_20.x | bash -',
  'ENV API_KEY=sk_live_51Hx9qLmPq0RtY2',
  'USER root',
  'CMD ["node", "server.js"]',
  ''
].join('\n');

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/acme/api:1.4.2',
  '          securityContext:',
  '            privileged: true',
  ''
].join('\n');

const region = (startLine: number, startColumn: number, endLine: number, endColumn: number): Region => ({
  startLine,
  startColumn,
  endLine,
  endColumn
});

function fix(safety: Fix['safety'], ...edits: [Region, string][]): Fix {
  return {
    description: 'Fix it.',
    safety,
    edits: edits.map(([r, replacement]) => ({ region: r, replacement }))
  };
}

function finding(ruleId: string, severity: Severity, file: string, line: number, fixes?: Fix[]): Finding {
  return {
    ruleId,
    slug: 'some-rule',
    severity,
    message: `${ruleId} fired.`,
    target: 'dockerfile',
    location: { file, region: region(line, 1, line, 2) },
    fingerprint: `${ruleId.toLowerCase()}abc:1`,
    ...(fixes ? { fixes } : {})
  };
}

/** Drops the `-k` of `curl -fsSLk` (columns 15-16 of line 2). */
const dropInsecure = fix('safe', [region(2, 15, 2, 16), '']);
/** `USER root` → `USER 10001`. */
const nonRootUser = fix('review', [region(4, 6, 4, 10), '10001']);

const allChanged: ChangedLines = new Map([['Dockerfile', [{ start: 1, end: 5 }]]]);
const texts: Record<string, string> = { Dockerfile: DOCKERFILE, 'k8s/deployment.yaml': DEPLOYMENT };
const textOf = (path: string) => texts[path];

describe('wholeLineReplacement', () => {
  it('turns an edit inside a line into the whole new line', () => {
    expect(wholeLineReplacement(DOCKERFILE, dropInsecure)).toEqual({
      startLine: 2,
      endLine: 2,
      text: 'RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -'
    });
  });

  it('an insertion before a line suggests the inserted lines followed by that line', () => {
    const insert = fix('safe', [region(10, 1, 10, 1), '            allowPrivilegeEscalation: false\n']);
    expect(wholeLineReplacement(DEPLOYMENT, insert)).toEqual({
      startLine: 10,
      endLine: 10,
      text: '            allowPrivilegeEscalation: false\n            privileged: true'
    });
  });

  it('edits over two lines give a multi-line range; deleting a whole line suggests nothing in its place', () => {
    const twoLines = fix('safe', [region(9, 11, 10, 29), 'securityContext: {}']);
    expect(wholeLineReplacement(DEPLOYMENT, twoLines)).toEqual({
      startLine: 9,
      endLine: 10,
      text: '          securityContext: {}'
    });
    const deleteLine = fix('safe', [region(10, 1, 11, 1), '']);
    expect(wholeLineReplacement(DEPLOYMENT, deleteLine)).toEqual({ startLine: 10, endLine: 10, text: '' });
  });

  it('an append at the end of a file anchors on its last line; a no-op gives nothing', () => {
    const append = fix('safe', [region(6, 1, 6, 1), 'USER 10001\n']);
    expect(wholeLineReplacement(DOCKERFILE, append)).toEqual({
      startLine: 5,
      endLine: 5,
      text: 'CMD ["node", "server.js"]\nUSER 10001'
    });
    expect(wholeLineReplacement(DOCKERFILE, fix('safe', [region(4, 6, 4, 10), 'root']))).toBeUndefined();
  });
});

describe('planSuggestions', () => {
  it('safe mode: only safe fixes, as a suggestion block with the hidden marker', () => {
    const findings = [
      finding('BH101', 'high', 'Dockerfile', 4, [nonRootUser]),
      finding('BH301', 'medium', 'Dockerfile', 2, [dropInsecure])
    ];
    const planned = planSuggestions(findings, { mode: 'safe', changes: allChanged, textOf });
    expect(planned.map(p => [p.path, p.startLine, p.endLine, p.key])).toEqual([
      ['Dockerfile', 2, 2, 'BH301:bh301abc:1']
    ]);
    expect(planned[0]?.body).toBe(
      [
        '**BH301** (medium): BH301 fired.',
        '',
        'Fix it.',
        '',
        '```suggestion',
        'RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -',
        '```',
        '<!-- bulkhead-suggestion: BH301:bh301abc:1 -->'
      ].join('\n')
    );
    expect(markersIn(`Looks good.\n${planned[0]?.body}`)).toEqual(['BH301:bh301abc:1']);
  });

  it('all mode: review fixes too, most severe first, and a warning that behaviour may change', () => {
    const findings = [
      finding('BH301', 'medium', 'Dockerfile', 2, [dropInsecure]),
      finding('BH101', 'high', 'Dockerfile', 4, [nonRootUser])
    ];
    const planned = planSuggestions(findings, { mode: 'all', changes: allChanged, textOf });
    expect(planned.map(p => p.key)).toEqual(['BH101:bh101abc:1', 'BH301:bh301abc:1']);
    expect(planned[0]?.body).toContain('may change behaviour');
    expect(planned[0]?.body).toContain('```suggestion\nUSER 10001\n```');
  });

  it('skips lines the pull request did not change, suppressed findings, overlaps and the cap', () => {
    const onlyLine4: ChangedLines = new Map([['Dockerfile', [{ start: 4, end: 4 }]]]);
    const findings = [
      finding('BH301', 'high', 'Dockerfile', 2, [dropInsecure]),
      finding('BH101', 'high', 'Dockerfile', 4, [nonRootUser])
    ];
    expect(planSuggestions(findings, { mode: 'all', changes: onlyLine4, textOf }).map(p => p.key)).toEqual([
      'BH101:bh101abc:1'
    ]);
    const suppressed = { ...findings[1], suppression: { kind: 'inSource' } } as Finding;
    expect(planSuggestions([suppressed], { mode: 'all', changes: allChanged, textOf })).toEqual([]);
    const sameLine = finding('BH102', 'low', 'Dockerfile', 4, [fix('safe', [region(4, 1, 4, 5), 'user'])]);
    expect(
      planSuggestions([...findings, sameLine], { mode: 'all', changes: allChanged, textOf }).map(p => p.key)
    ).toEqual(['BH301:bh301abc:1', 'BH101:bh101abc:1']);
    expect(planSuggestions(findings, { mode: 'all', changes: allChanged, textOf, max: 1 })).toHaveLength(1);
    expect(planSuggestions(findings, { mode: 'off', changes: allChanged, textOf })).toEqual([]);
  });

  it('never quotes a line that still holds a secret', () => {
    // A fix that touches the ENV line for another reason would quote the key in the suggestion.
    const touchesSecretLine = fix('safe', [region(3, 1, 3, 4), 'ARG']);
    const secret = {
      ...finding('BH201', 'high', 'Dockerfile', 3),
      location: { file: 'Dockerfile', region: region(3, 5, 3, 34) }
    };
    const other = finding('BH999', 'medium', 'Dockerfile', 3, [touchesSecretLine]);
    expect(planSuggestions([secret, other], { mode: 'all', changes: allChanged, textOf })).toEqual([]);
    // The secret finding's own fix that removes the value may be suggested; one that keeps it may not.
    const removes = { ...secret, fixes: [fix('review', [region(3, 13, 3, 34), '${API_KEY}'])] };
    const keeps = { ...secret, fixes: [fix('review', [region(3, 1, 3, 4), 'ARG'])] };
    const posted = planSuggestions([removes], { mode: 'all', changes: allChanged, textOf });
    expect(posted.map(p => p.body.includes('sk_live'))).toEqual([false]);
    expect(planSuggestions([keeps], { mode: 'all', changes: allChanged, textOf })).toEqual([]);
  });

  it('a fence longer than any backticks in the suggested text', () => {
    const markdownish = { Dockerfile: 'RUN echo "```"\n' };
    const f = finding('BH301', 'high', 'Dockerfile', 1, [fix('safe', [region(1, 5, 1, 9), 'printf'])]);
    const [planned] = planSuggestions([f], {
      mode: 'safe',
      changes: new Map([['Dockerfile', [{ start: 1, end: 1 }]]]),
      textOf: path => markdownish[path as 'Dockerfile']
    });
    expect(planned?.body).toContain('````suggestion\nRUN printf "```"\n````\n');
    expect(suggestionMarker('a')).toBe('<!-- bulkhead-suggestion: a -->');
  });
});
