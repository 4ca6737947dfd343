import type { Finding, Note } from '../core/finding.js';
import type { RenderedRoot } from '../core/scan-result.js';
import { redactFindings } from './redact-findings.js';

const password = 'Rt5yKp8QzW3nLx7V';

function finding(): Finding {
  return {
    ruleId: 'BH000',
    slug: 'parse-error',
    severity: 'high',
    message: `Invalid YAML near "password: ${password}".`,
    target: 'kubernetes',
    location: { file: 'deploy/app.yaml', region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 } },
    relatedLocations: [
      {
        file: 'Dockerfile',
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
        message: `Built with DB_PASSWORD=${password}.`
      }
    ],
    suppression: { kind: 'inSource', justification: `rotated; was https://ci:${password}@git.example.com` }
  };
}

describe('redactFindings', () => {
  it('redacts messages, related locations, justifications and notes in place', () => {
    const findings = [finding()];
    const notes: Note[] = [{ kind: 'info', message: `Pulled with token=${password}.` }];
    redactFindings(findings, notes);
    const [redacted] = findings;
    expect(redacted?.message).toBe('Invalid YAML near "password: Rt5y…".');
    expect(redacted?.relatedLocations?.[0]?.message).toBe('Built with DB_PASSWORD=Rt5y….');
    expect(redacted?.suppression?.justification).toBe('rotated; was https://ci:Rt5y…@git.example.com');
    expect(notes[0]?.message).toBe('Pulled with token=Rt5y….');
    expect(JSON.stringify({ findings, notes })).not.toContain(password.slice(4));
  });

  it("redacts a render's failure reason (kustomize quotes a helmCharts entry's valuesInline)", () => {
    const renders: RenderedRoot[] = [
      {
        root: 'base',
        kind: 'kustomize',
        status: 'failed',
        reason: `trouble configuring builtin HelmChartInflationGenerator with config: \` name: app valuesInline: db: password: ${password} \`: must specify --enable-helm`
      },
      { root: 'chart', kind: 'helm', status: 'rendered', objects: 2 }
    ];
    redactFindings([], [], renders);
    expect(renders[0]?.reason).toContain('password: Rt5y… `');
    expect(JSON.stringify(renders)).not.toContain(password.slice(4));
    expect(renders[1]).toEqual({ root: 'chart', kind: 'helm', status: 'rendered', objects: 2 });
  });

  it('keeps locations exact, even a random-looking path in an image layer', () => {
    const logical =
      'sha256:0101010101010101010101010101010101010101010101010101010101010101:app/.next/static/Ab12Cd34Ef56Gh78Ij90K/.env';
    const findings = [{ ...finding(), location: { ...finding().location, logical } }];
    redactFindings(findings, []);
    expect(findings[0]?.location.logical).toBe(logical);
  });

  it('leaves ordinary findings as they are', () => {
    const plain: Finding = {
      ...finding(),
      message: "Image 'nginx:1.25' uses a mutable tag.",
      relatedLocations: []
    };
    delete plain.suppression;
    const findings = [plain];
    redactFindings(findings, []);
    expect(findings[0]).toEqual({ ...plain });
    expect(findings[0]?.message).toBe("Image 'nginx:1.25' uses a mutable tag.");
  });
});
