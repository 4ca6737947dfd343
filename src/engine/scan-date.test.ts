import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import windowsBaseEol from '../rules/windows-workload/windows-base-eol.js';
import { scan } from './scan.js';

// The scan date reaches date-dependent rules through settings (BH613): the CLI and the Action pass
// nothing and get the clock's date; a caller can fix it.
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-scan-date-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM mcr.microsoft.com/windows/servercore:ltsc2016\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function severityOn(options: { today?: string; settings?: { today?: string } }) {
  const { result } = await scan({ paths: ['.'], cwd: dir, rules: [windowsBaseEol], ...options });
  return result.findings.map(f => `${f.ruleId} ${f.severity}`);
}

describe('the scan date', () => {
  it('comes from the today option, and settings.today wins over it', async () => {
    expect(await severityOn({ today: '2026-12-05' })).toEqual(['BH613 low']);
    expect(await severityOn({ today: '2027-02-01' })).toEqual(['BH613 medium']);
    expect(await severityOn({ today: '2026-01-01' })).toEqual([]);
    expect(await severityOn({ today: '2026-01-01', settings: { today: '2027-02-01' } })).toEqual([
      'BH613 medium'
    ]);
  });

  it("defaults to the clock's date", async () => {
    const clock = new Date().toISOString().slice(0, 10);
    expect(await severityOn({})).toEqual(await severityOn({ today: clock }));
  });
});
