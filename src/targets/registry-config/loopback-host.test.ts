import { isLoopbackHost } from './loopback-host.js';

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'LOCALHOST:5000',
    'registry.localhost:5000',
    '127.0.0.1',
    '127.0.0.1:5000',
    '127.10.20.30:443',
    'http://127.0.0.1:5000/v2/',
    'http://user:pw@localhost:5000',
    '::1',
    '[::1]',
    '[::1]:5000',
    'tcp://[0:0:0:0:0:0:0:1]:2375',
    '127.0.0.0/8',
    '127.0.0.1/32',
    '::1/128'
  ])('%s is loopback', value => {
    expect(isLoopbackHost(value)).toBe(true);
  });

  it.each([
    '0.0.0.0',
    'tcp://0.0.0.0:2375',
    '0.0.0.0/0',
    '::/0',
    '::',
    '10.0.0.0/8',
    '127.0.0.0/7',
    '128.0.0.1',
    '1270.0.0.1',
    'localhost.corp.example',
    'mylocalhost',
    'registry.corp.example:5000',
    '[::2]:5000',
    'fe80::1',
    '',
    '$REGISTRY',
    'http://127.0.0.1.nip.io'
  ])('%s is not loopback', value => {
    expect(isLoopbackHost(value)).toBe(false);
  });
});
