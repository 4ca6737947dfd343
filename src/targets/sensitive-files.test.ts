import { sensitiveFileKind } from './sensitive-files.js';

const PATHS = [
  'id_rsa',
  'deploy/keys/id_ed25519',
  'home/.ssh/id_rsa.pub',
  'cloudinit/id_rsa.capi',
  'keys/id_ed25519_deploy',
  'keys/id_ed25519_deploy.pub',
  'src/id_rsassa.go',
  '.aws/credentials',
  'ci/.aws/credentials',
  'credentials',
  '.docker/config.json',
  'app/config.json',
  '.kube/config',
  'config',
  'certs/server.key',
  'certs/ca.pem',
  'certs/server.pem',
  'store.PFX',
  '.env',
  '.env.production',
  '.env.example',
  'src/main.go',
  'README.md',
  'Dockerfile',
  // Names of Object's own properties: no lookup may find them.
  'constructor',
  '__proto__',
  'lib/x.constructor',
  'hasOwnProperty'
];

describe('sensitiveFileKind', () => {
  it('names credentials and key material, and nothing for code, certificates or templates', () => {
    expect(Object.fromEntries(PATHS.map(path => [path, sensitiveFileKind(path) ?? null]))).toEqual({
      id_rsa: 'an SSH private key',
      'deploy/keys/id_ed25519': 'an SSH private key',
      'home/.ssh/id_rsa.pub': null,
      'cloudinit/id_rsa.capi': 'an SSH private key',
      'keys/id_ed25519_deploy': 'an SSH private key',
      'keys/id_ed25519_deploy.pub': null,
      'src/id_rsassa.go': null,
      '.aws/credentials': 'AWS credentials',
      'ci/.aws/credentials': 'AWS credentials',
      credentials: null,
      '.docker/config.json': 'Docker registry credentials',
      'app/config.json': null,
      '.kube/config': 'a kubeconfig',
      config: null,
      'certs/server.key': 'a private key',
      'certs/ca.pem': null,
      'certs/server.pem': 'PEM key material',
      'store.PFX': 'a PKCS#12 certificate store with its private key',
      '.env': 'an environment file',
      '.env.production': 'an environment file',
      '.env.example': null,
      'src/main.go': null,
      'README.md': null,
      Dockerfile: null,
      constructor: null,
      ['__proto__']: null,
      'lib/x.constructor': null,
      hasOwnProperty: null
    });
  });
});
