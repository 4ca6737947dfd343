import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { findPrivateKeys } from './private-keys.js';

// Throw-away keys generated per run: the repository holds no key material.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed25519 = generateKeyPairSync('ed25519');
const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const sec1 = ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
const ed25519Pem = ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const encryptedPkcs8 = rsa.privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
  .toString();
const legacyEncrypted = rsa.privateKey
  .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' })
  .toString();
const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function armor(label: string, bytes: Buffer, headers = ''): string {
  const body = bytes.toString('base64').replace(/.{1,70}/g, line => `${line}\n`);
  return `-----BEGIN ${label}-----\n${headers}${body}-----END ${label}-----\n`;
}

// OpenSSH's format starts with the `openssh-key-v1\0` magic (PROTOCOL.key); the rest is opaque here.
const openssh = armor(
  'OPENSSH PRIVATE KEY',
  Buffer.concat([Buffer.from('openssh-key-v1\0'), randomBytes(380)])
);
// OpenPGP old-format secret-key packet (tag 5, two-byte length): first byte 0x95.
const pgp = armor(
  'PGP PRIVATE KEY BLOCK',
  Buffer.concat([Buffer.from([0x95, 0x01, 0xd8, 0x04]), randomBytes(470)]),
  'Version: GnuPG v2\n\n'
);
const putty = [
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Encryption: none',
  'Comment: ed25519-key-20240101',
  'Public-Lines: 2',
  'AAAAC3NzaC1lZDI1NTE5AAAAIBx1L9m2s3k4j5h6g7f8d9s0a1q2w3e4r5t6y7u8',
  'i9o0',
  'Private-Lines: 1',
  randomBytes(36).toString('base64'),
  'Private-MAC: ' + randomBytes(32).toString('hex'),
  ''
].join('\n');

function types(text: string): string[] {
  return findPrivateKeys(text).map(match => match.type);
}

describe('findPrivateKeys', () => {
  it.each([
    [pkcs1, 'RSA private key'],
    [pkcs8, 'PKCS#8 private key'],
    [sec1, 'EC private key'],
    [ed25519Pem, 'PKCS#8 private key'],
    [encryptedPkcs8, 'encrypted PKCS#8 private key'],
    [legacyEncrypted, 'RSA private key'],
    [openssh, 'OpenSSH private key'],
    [pgp, 'PGP private key block'],
    [putty, 'PuTTY private key']
  ])('finds a %#: %s', (key, type) => {
    const text = `# config\n${key}# end\n`;
    const [match, ...rest] = findPrivateKeys(text);
    expect(rest).toEqual([]);
    expect(match?.type).toBe(type);
    expect(text.slice(match?.start, match?.end).trim()).toBe(key.trim());
  });

  it('finds keys written line by line into a file whose path looks like base64', () => {
    const lines = sec1.trim().split('\n');
    const echoed = lines.map(l => `echo '${l}' >> /etc/ssl/private/serverkey`).join(' && ');
    expect(findPrivateKeys(echoed).map(k => k.type)).toEqual(['EC private key']);
    const printed = `printf '%s\\n' ${openssh
      .trim()
      .split('\n')
      .map(l => `'${l}'`)
      .join(' ')} > /opt/app/keys/deploykey`;
    expect(findPrivateKeys(printed).map(k => k.type)).toEqual(['OpenSSH private key']);
    // Only shell words between the markers: no key.
    expect(
      findPrivateKeys(
        "echo '-----BEGIN RSA PRIVATE KEY-----' > /etc/ssl/private/serverkeyfile && echo '-----END RSA PRIVATE KEY-----' >> /etc/ssl/private/serverkeyfile"
      )
    ).toEqual([]);
  });

  it('finds a key written with echo and literal \\n sequences', () => {
    const oneLine = pkcs1.trim().replace(/\n/g, '\\n');
    expect(types(`RUN echo "${oneLine}" > /root/.ssh/id_rsa && chmod 600 /root/.ssh/id_rsa`)).toEqual([
      'RSA private key'
    ]);
    expect(types(`{"type": "service_account", "private_key": "${pkcs8.replace(/\n/g, '\\n')}"}`)).toEqual([
      'PKCS#8 private key'
    ]);
  });

  it('finds a key split over Dockerfile line continuations, one echo per line', () => {
    const lines = pkcs1.trim().split('\n');
    const run = 'RUN ' + lines.map(line => `echo "${line}" >> /root/.ssh/id_rsa`).join(' && \\\n    ');
    expect(types(run)).toEqual(['RSA private key']);
  });

  it('finds a key in an indented YAML block and in a CRLF file', () => {
    const yaml = `stringData:\n  id_rsa: |\n${sec1.replace(/^/gm, '    ')}`;
    expect(types(yaml)).toEqual(['EC private key']);
    expect(types(pkcs8.replace(/\n/g, '\r\n'))).toEqual(['PKCS#8 private key']);
  });

  it('finds every key of a file, in order', () => {
    expect(types(`${sec1}\n${publicPem}\n${pkcs1}`)).toEqual(['EC private key', 'RSA private key']);
  });

  it.each([
    ['a placeholder body', '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----'],
    ['a truncated placeholder', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----'],
    ['a described body', '-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----'],
    [
      'xxx filler',
      `-----BEGIN RSA PRIVATE KEY-----\n${'x'.repeat(64)}\n${'x'.repeat(64)}\n-----END RSA PRIVATE KEY-----`
    ],
    [
      'a low-entropy MII body',
      `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${'A'.repeat(120)}\n-----END RSA PRIVATE KEY-----`
    ],
    ['a short body', '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBx1L9m2s3k4\n-----END EC PRIVATE KEY-----'],
    ['no END marker', pkcs1.replace(/-----END[^\n]*/, '')],
    ['mismatched END marker', pkcs1.replace('END RSA PRIVATE KEY', 'END PRIVATE KEY')],
    ['a public key', publicPem],
    [
      'an OpenSSH public key',
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC${'q'.repeat(40)}7Xk9mP2qL8vN4zR7t user@host`
    ],
    [
      'a certificate',
      armor('CERTIFICATE', Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x10]), randomBytes(780)]))
    ],
    [
      'a certificate request',
      armor('CERTIFICATE REQUEST', Buffer.concat([Buffer.from([0x30, 0x82, 0x02, 0x10]), randomBytes(520)]))
    ],
    ['OpenSSH label with a DER body', pkcs1.replace(/RSA PRIVATE/g, 'OPENSSH PRIVATE')],
    [
      'PGP label with a public-key packet',
      armor('PGP PRIVATE KEY BLOCK', Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 0x04]), randomBytes(300)]))
    ],
    [
      'a mention in docs',
      'Paste the key between -----BEGIN RSA PRIVATE KEY----- and -----END RSA PRIVATE KEY----- markers.'
    ],
    ['a PuTTY file without private lines', 'PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nxxxx\n']
  ])('ignores %s', (_name, text) => expect(findPrivateKeys(text)).toEqual([]));

  it('never takes a later line of a PGP public key for the start of a private key', () => {
    // One line in five of random packet data starts with a byte that reads as a secret-key tag.
    const bodies = Array.from({ length: 200 }, () =>
      armor('PGP PRIVATE KEY BLOCK', Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 0x04]), randomBytes(300)]))
    );
    expect(bodies.filter(body => findPrivateKeys(body).length > 0)).toEqual([]);
  });
});
