import { parseValidYaml } from './parse-yaml-documents.js';

const root = (text: string) => {
  const node = parseValidYaml(text)[0]?.root;
  if (!node) throw new Error('no document');
  return node;
};

describe('YamlNode merge keys', () => {
  const compose = `x-base: &base
  restart: always
  privileged: true
x-logging: &logging
  restart: on-failure
  logging: {driver: json-file}
services:
  web:
    <<: [*base, *logging]
    image: nginx:1.27
  worker:
    image: example/worker:2
    <<: *base
    privileged: false
  quoted:
    "<<": *base
`;
  const services = root(compose).get('services');

  it('merges anchors into a mapping, the earlier anchor winning, each value at its own line', () => {
    const web = services?.get('web');
    expect(web?.toJS()).toMatchObject({ image: 'nginx:1.27' });
    expect(web?.get('restart')?.text).toBe('always');
    expect(web?.get('restart')?.line).toBe(2);
    expect(web?.get('logging')?.line).toBe(6);
    expect(web?.entries().map(([key]) => key)).toEqual(['image', 'restart', 'privileged', 'logging']);
  });

  it('lets explicit keys win wherever they are written', () => {
    expect(services?.get('worker')?.get('privileged')?.isTrue).toBe(false);
    expect(services?.get('worker')?.get('privileged')?.line).toBe(14);
    expect(services?.get('worker')?.get('restart')?.text).toBe('always');
  });

  it('treats a quoted "<<" as an ordinary key', () => {
    expect(services?.get('quoted')?.get('privileged')).toBeUndefined();
    expect(
      services
        ?.get('quoted')
        ?.entries()
        .map(([key]) => key)
    ).toEqual(['<<']);
  });

  it('bounds nested merges fanning out through anchors', () => {
    const levels = ['a0: &a0 {privileged: true}'];
    for (let i = 1; i <= 12; i++)
      levels.push(
        `a${i}: &a${i}\n  <<: [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      );
    const bomb = root(`${levels.join('\n')}\nservice:\n  <<: *a12\n  image: x\n`);
    expect(bomb.get('service')?.get('image')?.text).toBe('x');
    expect(bomb.get('service')?.entries().length).toBeLessThanOrEqual(2);
  });
});

describe('YamlNode values', () => {
  it('takes the last of a repeated key, as go-yaml decoding into a map does', () => {
    const node = root('securityContext:\n  privileged: true\n  privileged: false\n').get('securityContext');
    expect(node?.get('privileged')?.isTrue).toBe(false);
    expect(node?.get('privileged')?.line).toBe(3);
    expect(node?.entries().length).toBe(1);
  });

  it('gives the raw source of scalars: quotes kept, a block scalar without its header', () => {
    const node = root("a: \"x\\ty\"\nb: 'it''s'\nc: |\n  line one\n  line two\nd: plain\n");
    expect(['a', 'b', 'c', 'd'].map(key => node.get(key)?.raw)).toEqual([
      '"x\\ty"',
      "'it''s'",
      '  line one\n  line two\n',
      'plain'
    ]);
  });

  it('forgets dropped entries', () => {
    const node = root('kind: CustomResourceDefinition\nspec:\n  group: example.com\n');
    node.dropEntries(['spec']);
    expect(node.toJS()).toEqual({ kind: 'CustomResourceDefinition' });
  });
});
