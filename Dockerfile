# Bulkhead's own image: the bundled CLI (dist/cli.js needs no node_modules) on Node 24, as a non-root user.
#   docker build -t bulkhead .
#   docker run --rm -v "$PWD:/src:ro" bulkhead scan .
# The base is pinned by digest: node:24-bookworm-slim (Node 24.18.1, linux/amd64, arm64 and ppc64le) as
# recorded by docker-library/repo-info on 2026-07-30. To move it, look the digest up where you trust the
# registry (`docker buildx imagetools inspect node:24-bookworm-slim`) or let Dependabot/Renovate do it.
FROM node:24-bookworm-slim@sha256:235600a8101ab264e117b1768e925532262668dc9b581ef1dd7d96ced463b8e7

ENV NODE_ENV=production
WORKDIR /opt/bulkhead
# package.json makes dist/cli.js an ES module; it loads dist/cli-main.js and the chunks it shares with the
# scan worker or loads on demand (dist/chunk-*.js), which read the shell parser's WebAssembly (dist/*.wasm)
# when a scan starts and start dist/scan-worker.js on large scans; the licenses travel with the code.
COPY package.json LICENSE README.md ./
COPY dist/cli.js dist/cli-main.js dist/scan-worker.js dist/chunk-*.js dist/web-tree-sitter.wasm dist/tree-sitter-bash.wasm dist/THIRD_PARTY_NOTICES.txt ./dist/

# The image's own unprivileged user (uid 1000); the files above stay root-owned, so read-only to it.
USER node
WORKDIR /src
ENTRYPOINT ["node", "/opt/bulkhead/dist/cli.js"]
CMD ["scan", "."]
