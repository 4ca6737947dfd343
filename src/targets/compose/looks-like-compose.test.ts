import { looksLikeCompose } from './looks-like-compose.js';

describe('looksLikeCompose', () => {
  it('reads a Compose file with CRLF line ends and a comment after `services:`', () => {
    expect(looksLikeCompose('services: # the stack\r\n  web:\r\n    image: nginx:1.27\r\n')).toBe(true);
  });

  it('reads only the first document, as parseCompose does', () => {
    expect(looksLikeCompose('services:\n  web:\n    image: nginx:1.27\n---\nkind: Other\n')).toBe(true);
    expect(looksLikeCompose('kind: Other\n---\nservices:\n  web:\n    image: nginx:1.27\n')).toBe(false);
  });

  it.each([
    ['services without a definition', 'services:\n'],
    ['an empty services mapping', 'services: {}\nvolumes:\n  data:\n'],
    ['only empty services', 'services:\n  a: {}\n  b: {}\n'],
    ['a service that is no mapping', 'services:\n  web:\n    image: nginx:1.27\n  worker:\n'],
    ['a key Compose does not know at the top', 'services:\n  web:\n    image: nginx:1.27\nstages: [test]\n'],
    [
      'a key Compose does not know in a service',
      'services:\n  web:\n    image: nginx:1.27\n    replicas: 2\n'
    ],
    [
      'a key Compose does not know merged into a service',
      'x-base: &base\n  replicas: 2\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n'
    ],
    ['a syntax error', 'services:\n  web:\n    image: nginx:1.27\n   user: root\n'],
    [
      "a Helm chart's values with an image mapping",
      'services:\n  api:\n    image:\n      repository: myorg/api\n      tag: ""\n    ports:\n      - 8080\n'
    ],
    [
      'an indented `services:` (a key of something else)',
      'jobs:\n  services:\n    web:\n      image: nginx:1.27\n'
    ]
  ])('is false for %s', (_, text) => {
    expect(looksLikeCompose(text)).toBe(false);
  });
});
