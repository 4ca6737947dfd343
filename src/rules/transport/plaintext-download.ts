import { defineRule } from '../../core/rule.js';
import { expandVariables } from '../../targets/dockerfile/expand-variables.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { findPlainDownloads, plainIndexVariable } from '../../targets/shell/transport-downloads.js';
import { scriptOfRun } from '../../targets/dockerfile/script-of-run.js';
import { PLAIN_GIT_SCHEMES, plainUrl } from '../../targets/shell/transport-urls.js';

/** BH302: code or artifacts fetched over plain HTTP at build time. */
export default defineRule({
  meta: {
    id: 'BH302',
    slug: 'plaintext-download',
    title: 'Build downloads code or artifacts without TLS',
    description:
      '`ADD http://…`, or a RUN that fetches an `http://` (or `ftp://`, `git://`) URL with curl, wget, Invoke-WebRequest, Start-BitsTransfer, certutil, WebClient, git, pip, npm or a package manager, or points pip/npm at a plain-HTTP index. Anyone on the network path can replace what is downloaded, and it runs in the build or ships in the image. apt/yum/apk repository lines are not reported: their metadata is signed. Loopback URLs are not reported.',
    severity: 'medium',
    remediation:
      'Use https:// URLs (and https package indexes); where only HTTP is offered, pin the content: `ADD --checksum=sha256:…`, or check a published SHA-256 or signature right after the download.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#add',
      'https://docs.docker.com/reference/dockerfile/#verifying-a-remote-file-checksum-add---checksumchecksum-http-src-dest',
      'https://cwe.mitre.org/data/definitions/494.html',
      'https://cwe.mitre.org/data/definitions/319.html'
    ],
    tags: ['CWE-319', 'CWE-494'],
    messages: {
      add: "ADD downloads '{url}' without TLS.",
      download: "{instruction} downloads '{url}' with {tool} without TLS.",
      index: "{instruction} points {tool} at the package index '{url}' without TLS."
    },
    whenToIgnore:
      'When the download is checked against a pinned SHA-256 or signature right after it (BuildKit already does that for `ADD --checksum`, which is never reported).'
  },
  checks: {
    dockerfile({ document, report }) {
      const expand = (text: string, scope: Parameters<typeof expandVariables>[1]): string =>
        expandVariables(text, scope, document.escapeChar).value;
      for (const instruction of document.instructions) {
        if (instruction.keyword === 'ADD' && !instruction.flags.some(f => f.name === 'checksum')) {
          for (const source of instruction.args.slice(0, -1)) {
            const url = plainUrl(expand(source.value, instruction.scope), PLAIN_GIT_SCHEMES);
            if (url) report({ messageId: 'add', data: { url }, region: instruction.region });
          }
        } else if (instruction.keyword === 'ENV' || instruction.keyword === 'ARG') {
          for (const { name, value } of instruction.properties) {
            const url = plainIndexVariable(name, value && expand(value, instruction.scope));
            if (url)
              report({
                messageId: 'index',
                data: { instruction: instruction.keyword, tool: name, url },
                region: instruction.region
              });
          }
        }
      }
      for (const run of runScripts(document))
        for (const { kind, url, tool } of findPlainDownloads(scriptOfRun(run)))
          report({
            messageId: kind,
            data: { instruction: 'RUN', tool, url },
            region: run.instruction.region
          });
    }
  }
});
