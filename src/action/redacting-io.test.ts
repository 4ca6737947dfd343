import type { ActionIo } from './run-action.js';
import { redactingIo } from './redacting-io.js';

const password = ['Hv8s', 'Lq3nWz6tRk9p'].join('');

function recordingIo() {
  const calls: unknown[][] = [];
  const io: ActionIo = {
    getInput: name => `input:${name}=${password}`,
    info: message => calls.push(['info', message]),
    warning: (message, properties) => calls.push(['warning', message, properties]),
    error: (message, properties) => calls.push(['error', message, properties]),
    notice: (message, properties) => calls.push(['notice', message, properties]),
    setOutput: (name, value) => calls.push(['setOutput', name, value]),
    setFailed: message => calls.push(['setFailed', message]),
    setSecret: value => calls.push(['setSecret', value]),
    writeSummary: async markdown => {
      calls.push(['writeSummary', markdown]);
    },
    env: {},
    cwd: '/work'
  };
  return { io, calls };
}

describe('redactingIo', () => {
  it('redacts everything shown to the user and passes the rest through', async () => {
    const { io, calls } = recordingIo();
    const redacting = redactingIo(io);
    const url = `https://ci:${password}@git.example.com/org/repo.git`;
    redacting.info(`Cloning ${url}`);
    redacting.warning(`Upload failed: 401 for ${url}`, { title: `Bulkhead ${url}` });
    redacting.error(`password=${password}`);
    redacting.notice('Nothing to hide in app/Dockerfile.');
    redacting.setOutput('findings', 3);
    redacting.setOutput('sarif-file', '/home/runner/work/_temp/bulkhead-runner-IdvL2K/bulkhead.sarif');
    redacting.setFailed(`Bulkhead: ${url} is not reachable.`);
    await redacting.writeSummary(`| DB_PASSWORD=${password} |`);
    redacting.setSecret(password);
    expect(calls).toEqual([
      ['info', 'Cloning https://ci:Hv8s…@git.example.com/org/repo.git'],
      [
        'warning',
        'Upload failed: 401 for https://ci:Hv8s…@git.example.com/org/repo.git',
        { title: 'Bulkhead https://ci:Hv8s…@git.example.com/org/repo.git' }
      ],
      ['error', 'password=Hv8s…', undefined],
      ['notice', 'Nothing to hide in app/Dockerfile.', undefined],
      ['setOutput', 'findings', 3],
      ['setOutput', 'sarif-file', '/home/runner/work/_temp/bulkhead-runner-IdvL2K/bulkhead.sarif'],
      ['setFailed', 'Bulkhead: https://ci:Hv8s…@git.example.com/org/repo.git is not reachable.'],
      ['writeSummary', '| DB_PASSWORD=Hv8s… |'],
      // The runner's own masking gets the real value.
      ['setSecret', password]
    ]);
    expect(redacting.getInput('token')).toBe(`input:token=${password}`);
  });
});
