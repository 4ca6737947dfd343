import { lastErrorLine, offlineReason } from './run-render-tool.js';

describe('lastErrorLine', () => {
  // kubectl 1.32 and older (a runner's own kubectl) log the error as a structured klog message, with the
  // time and process id in its header.
  const kubectl = (time: string, pid: number) =>
    `${time}   ${pid} run.go:72] "command failed" err="accumulating resources: accumulation err='accumulating resources from 'base': must build at directory'"\n`;

  it('gives the error of a structured klog message, the same on every run', () => {
    const first = lastErrorLine(kubectl('E1205 21:50:08.557469', 32748));
    expect(first).toBe(
      "accumulating resources: accumulation err='accumulating resources from 'base': must build at directory'"
    );
    expect(lastErrorLine(kubectl('E1206 03:01:59.000001', 313))).toBe(first);
  });

  it('reads a multi-line klog error between `err=<` and ` >` (a remote base while offline)', () => {
    const stderr = [
      'E1206 20:37:41.720385   32106 run.go:72] "command failed" err=<',
      "\taccumulating resources: accumulation err='accumulating resources from 'https://github.com/acme/x//config': git fetch failed",
      '\t: exit status 128',
      ' >',
      ''
    ].join('\n');
    expect(lastErrorLine(stderr)).toBe(
      "accumulating resources: accumulation err='accumulating resources from 'https://github.com/acme/x//config': git fetch failed : exit status 128"
    );
    // A quoted error's escapes are read as Go wrote them.
    expect(
      lastErrorLine('E1206 20:37:41.720385   1 run.go:72] "command failed" err="bad \\"kind\\":\\nmissing"\n')
    ).toBe('bad "kind": missing');
  });

  it('goes on past the blank line of a message that starts with a line break (StackRox fails on `default`)', () => {
    const stderr = [
      'Error: execution error at (central-services/templates/NOTES.txt:1:10): ',
      '',
      'FATAL ERROR:',
      "You have chosen to deploy to namespace 'default'. Re-run helm with the '-n stackrox' option.",
      '',
      'Use --debug flag to render out invalid YAML',
      ''
    ].join('\n');
    expect(lastErrorLine(stderr)).toBe(
      "execution error at (central-services/templates/NOTES.txt:1:10): FATAL ERROR: You have chosen to deploy to namespace 'default'. Re-run helm with the '-n stackrox' option."
    );
  });

  it("takes helm's `Error:` line and leaves other text as it is", () => {
    expect(
      lastErrorLine(
        'walk.go:75: found symbolic link in path\nError: INSTALLATION FAILED: chart requires kubeVersion\n'
      )
    ).toBe('INSTALLATION FAILED: chart requires kubeVersion');
    expect(lastErrorLine('E1205 is not a klog line\n')).toBe('E1205 is not a klog line');
    expect(lastErrorLine('')).toBe('');
  });

  it('keeps the lines that continue the error: the cause comes last (mssql-docker rancher chart)', () => {
    const stderr = [
      'Error: sql-server-rancher/templates/secret.yaml:9:32',
      '  executing "sql-server-rancher/templates/secret.yaml" at <.Values.mssql.sa.password>:',
      '    nil pointer evaluating interface {}.password',
      '',
      'Use --debug flag to render out invalid YAML',
      ''
    ].join('\n');
    expect(lastErrorLine(stderr)).toBe(
      'sql-server-rancher/templates/secret.yaml:9:32 executing "sql-server-rancher/templates/secret.yaml" at <.Values.mssql.sa.password>: nil pointer evaluating interface {}.password'
    );
  });

  it("keeps a schema error's list of what fails (external-dns: a null value the schema wants a string for)", () => {
    const stderr =
      "Error: values don't meet the specifications of the schema(s) in the following chart(s):\nexternal-dns:\n- at '/policy': got null, want string\n\n";
    expect(lastErrorLine(stderr)).toBe(
      "values don't meet the specifications of the schema(s) in the following chart(s): external-dns: - at '/policy': got null, want string"
    );
  });

  it('shortens a long reason in the middle, keeping where it starts and its cause', () => {
    const reason = lastErrorLine(`Error: start ${'x'.repeat(400)} missing manifest.yaml`);
    expect(reason).toMatch(/^start x{94} … x{168} missing manifest\.yaml$/);
  });
});

describe('offlineReason', () => {
  const refused =
    'Error: Get "https://raw.githubusercontent.com/org/repo/v1/deploy.yaml": proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused';

  it('says a fetch the offline proxy refused was not made, naming the setting (flux2, metallb remote bases)', () => {
    expect(lastErrorLine(offlineReason(refused, false))).toBe(
      'Get "https://raw.githubusercontent.com/org/repo/v1/deploy.yaml": not fetched (render.fetch-dependencies is off)'
    );
  });

  it('says the same of a git fetch of a remote base, and cuts a long reason between words', () => {
    const git = `Error: accumulating resources: accumulation err='accumulating resources from 'manifests/crds': '${'x'.repeat(40)} https://github.com/fluxcd/source-controller/config/crd?ref=v1.4.1' must resolve to a file: failed to run '/usr/bin/git fetch --depth=1 https://github.com/fluxcd/source-controller HEAD': fatal: transport 'https' not allowed : exit status 128`;
    const reason = lastErrorLine(offlineReason(git, false));
    expect(reason).toMatch(
      /^accumulating resources: accumulation err='accumulating resources from 'manifests\/crds': … /
    );
    expect(reason).toMatch(/HEAD': not fetched \(render.fetch-dependencies is off\) : exit status 128$/);
  });

  it("leaves the tool's words when the network is allowed", () => {
    expect(offlineReason(refused, true)).toBe(refused);
  });
});
