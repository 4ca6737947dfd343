import { composeBuildPaths } from './build-paths.js';
import { parseCompose } from './parse-compose.js';

/** The build paths of the first service of a Compose file at `file`, whose service body is `yaml`. */
function pathsOf(yaml: string, file = 'docker-compose.yml') {
  const service = parseCompose(`services:\n  app:\n${yaml}`).services[0];
  if (!service) throw new Error('no service');
  return composeBuildPaths(file, service.node.get('build'), service.name);
}

describe('composeBuildPaths', () => {
  it('resolves context and dockerfile against the Compose file, the Dockerfile against the context', () => {
    expect(
      pathsOf(
        '    build:\n      context: ../src\n      dockerfile: docker/worker.Dockerfile\n',
        'deploy/docker-compose.yml'
      )
    ).toEqual({ context: 'src', dockerfile: 'src/docker/worker.Dockerfile' });
    expect(pathsOf('    build: ./api\n', 'deploy/compose.yaml')).toEqual({
      context: 'deploy/api',
      dockerfile: 'deploy/api/Dockerfile'
    });
    // newrelic/infrastructure-agent's test/proxy: the repository root as context, a variant name.
    expect(
      pathsOf(
        '    build:\n      context: ../../\n      dockerfile: test/proxy/Dockerfile_agent\n',
        'test/proxy/docker-compose.yml'
      )
    ).toMatchObject({ dockerfile: 'test/proxy/Dockerfile_agent' });
  });

  it('takes a back-slash as a separator in context and dockerfile, as Docker Compose on Windows does', () => {
    // microsoft/windows-containers-demos' eshop-mvc-modernized-app/application/docker-compose.yml.
    expect(
      pathsOf(
        '    build:\n      context: .\\src\\eShopModernizedMVC\n      dockerfile: Dockerfile\n',
        'application/docker-compose.yml'
      )
    ).toEqual({
      context: 'application/src/eShopModernizedMVC',
      dockerfile: 'application/src/eShopModernizedMVC/Dockerfile'
    });
    expect(
      pathsOf(
        '    build:\n      context: ..\\web\n      dockerfile: docker\\Dockerfile.windows\n',
        'ci/compose.yaml'
      )
    ).toEqual({
      context: 'web',
      dockerfile: 'web/docker/Dockerfile.windows'
    });
    expect(pathsOf("    build: '.\\iis'\n")).toEqual({ context: 'iis', dockerfile: 'iis/Dockerfile' });
  });

  it('names no repository file for remote contexts and an empty build', () => {
    expect(pathsOf('    build: https://github.com/acme/app.git#main\n')).toBeUndefined();
    expect(pathsOf('    build:\n      context: git@github.com:acme/app.git\n')).toBeUndefined();
    expect(pathsOf('    build:\n')).toBeUndefined();
    expect(pathsOf('    image: nginx:1.27\n')).toBeUndefined();
  });

  it('gives an inline Dockerfile its stand-in path and the context it builds in, over `dockerfile`', () => {
    expect(
      pathsOf(
        '    build:\n      context: ../api\n      dockerfile: Dockerfile\n      dockerfile_inline: |\n        FROM alpine:3.20\n',
        'deploy/compose.yaml'
      )
    ).toEqual({
      context: 'api',
      dockerfile: 'deploy/compose.yaml#services.app.build.dockerfile_inline',
      inline: true
    });
    // No string: nothing Compose would build from.
    expect(pathsOf('    build:\n      dockerfile_inline: [FROM alpine]\n')).toBeUndefined();
  });
});
