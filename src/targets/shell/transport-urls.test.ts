import { leadingVariable, PLAIN_GIT_SCHEMES, plainUrl } from './transport-urls.js';

describe('plainUrl', () => {
  it.each([
    ['http://example.com/a.tgz', 'http://example.com/a.tgz'],
    ['HTTP://Example.com/A', 'HTTP://Example.com/A'],
    ['ftp://ftp.gnu.org/gnu/x.tar.gz', 'ftp://ftp.gnu.org/gnu/x.tar.gz'],
    ['http://$HOST/x', 'http://$HOST/x'],
    ["$('http://dl.example/httpd-{0}.zip' -f $env:V)", 'http://dl.example/httpd-{0}.zip'],
    ["('http://dl.example/a.zip')", 'http://dl.example/a.zip'],
    ['\u201chttp://dl.example/a\u201d', 'http://dl.example/a'],
    ['http://localhost.example.com/x', 'http://localhost.example.com/x'],
    ['http://mirror.example:${PORT}/x', 'http://mirror.example:${PORT}/x'],
    // A command substitution in the host is kept whole (kubernetes-sigs/lws' llama.cpp example).
    [
      "http://$(ip route | awk '/default/ { print $3 }'):9999/model.gguf -o m",
      "http://$(ip route | awk '/default/ { print $3 }'):9999/model.gguf"
    ],
    ['http://$(unclosed', 'http://$']
  ])('finds %s', (text, url) => {
    expect(plainUrl(text)).toBe(url);
  });

  it.each([
    'https://example.com/a',
    'http://localhost:8080/health',
    'http://api.localhost/x',
    'http://127.0.0.1:9000/',
    'http://127.1.2.3/',
    'http://[::1]:80/',
    'http://0.0.0.0:8000/',
    // A port in a variable (buildah's tests/bud/run-privd): still loopback.
    'http://localhost:${HTTP_SERVER_PORT}/Dockerfile',
    'http://127.0.0.1:$PORT/f',
    'http://localhost:$env:PORT/x',
    'http://localhost:%PORT%/x',
    'http://',
    'x http://example.com',
    'git://git.example/r.git'
  ])('ignores %s', text => {
    expect(plainUrl(text)).toBeUndefined();
  });

  it('knows git:// only where asked', () => {
    expect(plainUrl('git://git.example/r.git', PLAIN_GIT_SCHEMES)).toBe('git://git.example/r.git');
  });

  it('redacts a password in the URL', () => {
    expect(plainUrl('http://deploy:hunter2secret@artifacts.example/a')).toBe(
      'http://deploy:hun…@artifacts.example/a'
    );
    expect(plainUrl('http://user@artifacts.example/a')).toBe('http://user@artifacts.example/a');
  });
});

describe('leadingVariable', () => {
  it.each([
    ['$URL', '$URL', ''],
    ['${BASE}/a.tgz', '${BASE}', '/a.tgz'],
    ['"$env:MONGO_URL"', '$env:MONGO_URL', '"'],
    ['${env:X}', '${env:X}', ''],
    ['%URL%/x', '%URL%', '/x'],
    ['$($url)', '$url', ')']
  ])('splits %s', (text, reference, rest) => {
    expect(leadingVariable(text)).toEqual({ reference, rest });
  });

  it('needs the reference first', () => {
    expect(leadingVariable('http://$HOST')).toBeUndefined();
    expect(leadingVariable('x$URL')).toBeUndefined();
  });
});
