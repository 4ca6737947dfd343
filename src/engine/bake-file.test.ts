import { bakeFileReferences, bakeTargets, bakeWorkingDirectory, isBakeFile } from './bake-file.js';

/** Mailu's tests/build.hcl, shortened: variables, a function, a group, and targets that inherit. */
const MAILU = `# NOTE: You can only run this from the Mailu root folder.
variable "DOCKER_ORG" {
  default = "mailu"
}
group "default" {
  targets = [
    "admin",
    "front"
  ]
}
target "defaults" {
  platforms = [ "linux/amd64"]
  dockerfile = "Dockerfile"
  args = {
    VERSION = "\${PINNED_LABEL_VERSION}"
  }
}
function "tag" {
  params = [image_name]
  result = [ "\${DOCKER_ORG}/\${image_name}:latest" ]
}
target "base" {
  inherits = ["defaults"]
  context = "core/base/"
}
target "admin" {
  inherits = ["defaults"]
  context = "core/admin/"
  contexts = {
    base = "target:base"
    assets = "target:assets"
  }
  tags = tag("admin")
}
`;

describe('isBakeFile', () => {
  it('takes the usual names whatever they hold', () => {
    expect(isBakeFile('image/docker-bake.hcl')).toBe(true);
    expect(isBakeFile('docker-bake.override.json')).toBe(true);
    expect(isBakeFile('bake.hcl')).toBe(false);
  });

  it('takes an HCL or JSON file of any name by its targets or groups', () => {
    expect(isBakeFile('tests/build.hcl', MAILU)).toBe(true);
    expect(isBakeFile('ci/images.hcl', 'group "default" {\n  targets = ["app"]\n}\n')).toBe(true);
    expect(isBakeFile('bake/one-line.hcl', 'target "app" { context = "app" }\n')).toBe(true);
    expect(
      isBakeFile('build/images.json', JSON.stringify({ target: { app: { context: 'app', tags: ['a:1'] } } }))
    ).toBe(true);
  });

  it('does not take Terraform, Terragrunt, Nomad or other JSON', () => {
    const terraform =
      'provider "aws" {\n  region = "eu-west-1"\n}\nvariable "target" {\n  default = "prod"\n}\nresource "aws_lb_target_group" "app" {\n  name = "app"\n  target_type = "ip"\n}\n';
    expect(isBakeFile('infra/main.hcl', terraform)).toBe(false);
    expect(
      isBakeFile(
        '.terraform.lock.hcl',
        'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.0.0"\n}\n'
      )
    ).toBe(false);
    expect(
      isBakeFile(
        'live/terragrunt.hcl',
        'include "root" {\n  path = find_in_parent_folders()\n}\ninputs = {\n  tags = {}\n}\n'
      )
    ).toBe(false);
    // A Nomad job's group sits inside the job and lists tasks, not targets.
    const nomad =
      'job "web" {\n  group "default" {\n    task "app" {\n      driver = "docker"\n      config {\n        image = "nginx"\n      }\n    }\n  }\n}\n';
    expect(isBakeFile('deploy/web.nomad.hcl', nomad)).toBe(false);
    // A block named target that is not a bake target (no bake attribute) is not enough.
    expect(isBakeFile('conf/targets.hcl', 'target "prod" {\n  region = "eu"\n}\n')).toBe(false);
    expect(isBakeFile('tsconfig.json', JSON.stringify({ compilerOptions: { target: 'es2022' } }))).toBe(
      false
    );
    expect(isBakeFile('angular.json', JSON.stringify({ target: 'es2020', group: { a: 1 } }))).toBe(false);
    expect(isBakeFile('broken.json', '{ "target": { not json')).toBe(false);
    expect(isBakeFile('app/Dockerfile', 'target "app" { context = "." }\n')).toBe(false);
  });
});

describe('bakeTargets', () => {
  it('reads context, dockerfile and contexts through inherits', () => {
    const targets = bakeTargets('tests/build.hcl', MAILU);
    expect(targets.map(target => target.name)).toEqual(['defaults', 'base', 'admin']);
    expect(targets[2]).toEqual({
      name: 'admin',
      context: 'core/admin/',
      dockerfile: 'Dockerfile',
      contexts: ['base', 'assets']
    });
  });

  it('leaves computed paths unknown, and takes no key of a nested map for an attribute', () => {
    const targets = bakeTargets(
      'docker-bake.hcl',
      `target "matrix" {
  name = "app-\${item}"
  matrix = { item = ["a", "b"] }
  context = "\${item}"
  contexts = { base = "target:base", "docker.io/library/alpine:3.20" = "docker-image://alpine:3.20" }
}
/* target "commented" { context = "old" } */
target "args" {
  args = {
    context = "not-the-context"
  }
  // the folder comes from a variable
  dockerfile = "\${DIR}/Dockerfile"
}
`
    );
    expect(targets).toEqual([
      {
        name: 'matrix',
        context: null,
        dockerfile: undefined,
        contexts: ['base', 'docker.io/library/alpine:3.20']
      },
      { name: 'args', context: undefined, dockerfile: null, contexts: [] }
    ]);
  });

  it('reads JSON targets, and stops at an inheritance loop', () => {
    const json = JSON.stringify({
      target: {
        a: { inherits: ['b'], contexts: { src: '.' } },
        b: { inherits: ['a'], context: 'app', dockerfile: 'Dockerfile.prod' }
      }
    });
    expect(bakeTargets('images.json', json)).toEqual([
      { name: 'a', context: 'app', dockerfile: 'Dockerfile.prod', contexts: ['src'] },
      { name: 'b', context: 'app', dockerfile: 'Dockerfile.prod', contexts: ['src'] }
    ]);
  });
});

describe('bake calls', () => {
  it('finds literal --file arguments of bake command lines', () => {
    const script = [
      'docker buildx bake -f tests/build.hcl admin',
      'docker buildx bake --file=./ci/bake.json --push',
      "docker buildx bake --file 'docker/images.hcl'",
      'docker buildx bake -f ${{ env.HCL_FILE }} --print',
      'docker build -f build/Dockerfile.hcl .',
      'docker buildx bake -f docker-compose.yml'
    ].join('\n');
    expect(bakeFileReferences(script)).toEqual(['tests/build.hcl', './ci/bake.json', 'docker/images.hcl']);
  });

  it('gives the directory a --file argument names the bake file from', () => {
    expect(bakeWorkingDirectory('tests/build.hcl', './tests/build.hcl')).toBe('.');
    expect(bakeWorkingDirectory('docker/ci/build.hcl', 'ci/build.hcl')).toBe('docker');
    expect(bakeWorkingDirectory('tests/build.hcl', 'other/build.hcl')).toBeUndefined();
    expect(bakeWorkingDirectory('tests/build.hcl', '../tests/build.hcl')).toBeUndefined();
    expect(bakeWorkingDirectory('mytests/build.hcl', 'tests/build.hcl')).toBeUndefined();
  });
});
