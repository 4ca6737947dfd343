import { defineRule } from '../../core/rule.js';
import { expandVariables } from '../../targets/dockerfile/expand-variables.js';
import { heredocFiles } from '../../targets/dockerfile/heredoc-files.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { scriptOfRun } from '../../targets/dockerfile/script-of-run.js';
import { findTlsBypasses, isTlsBypassVariable } from '../../targets/shell/transport-tls.js';
import { tlsFlagFix } from '../../targets/dockerfile/tls-flag-fixes.js';

/** BH301: a build step turns certificate verification off. */
export default defineRule({
  meta: {
    id: 'BH301',
    slug: 'tls-verification-disabled',
    title: 'Build turns off TLS certificate verification',
    description:
      'A build step downloads with certificate checks turned off (`curl -k` or `insecure` in a `.curlrc`, `wget --no-check-certificate`, `pip --trusted-host`, npm/yarn `strict-ssl false`, `git http.sslVerify false`, `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, PowerShell `-SkipCertificateCheck` or a `ServerCertificateValidationCallback`, apt `Verify-Peer false`). Anyone on the network path of the build can then serve their own code or packages, and a setting made with ENV stays in the image for every later download.',
    severity: 'high',
    remediation:
      'Keep certificate verification on; if a proxy or private server uses its own CA, add that CA to the trust store (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `Import-Certificate` on Windows) or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).',
    references: [
      'https://curl.se/docs/sslcerts.html',
      'https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify',
      'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
      'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest#-skipcertificatecheck',
      'https://cwe.mitre.org/data/definitions/295.html'
    ],
    tags: ['CWE-295'],
    messages: {
      command: "{instruction} runs '{command}', which skips certificate verification.",
      setting: "{instruction} sets '{setting}', which turns off certificate verification.",
      variable:
        "{instruction} runs '{command}', and {variable} passes it '{option}', which skips certificate verification."
    },
    whenToIgnore:
      'Only for a step that never leaves a closed network and cannot trust a CA (for example a test fixture talking to a throwaway server); prefer trusting the CA.'
  },
  checks: {
    dockerfile({ document, report }) {
      for (const instruction of document.instructions) {
        if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
        for (const { name, value } of instruction.properties) {
          const expanded = value && expandVariables(value, instruction.scope, document.escapeChar).value;
          if (isTlsBypassVariable(name, expanded))
            report({
              messageId: 'setting',
              data: { instruction: instruction.keyword, setting: `${name}=${value ?? ''}` },
              region: instruction.region
            });
        }
      }
      for (const run of runScripts(document)) {
        const fix = tlsFlagFix(document, run.instruction, run.commands);
        for (const bypass of findTlsBypasses(scriptOfRun(run))) {
          if (bypass.kind === 'variable') {
            const { text: command, variable, option } = bypass;
            const data = { instruction: 'RUN', command, variable: `$${variable}`, option };
            report({ messageId: 'variable', data, region: run.instruction.region });
            continue;
          }
          const data = { instruction: 'RUN', [bypass.kind]: bypass.text };
          const fixes = fix && bypass.kind === 'command' ? [fix] : undefined;
          report({
            messageId: bypass.kind,
            data,
            region: run.instruction.region,
            ...(fixes ? { fixes } : {})
          });
        }
      }
      // `COPY <<EOF /etc/apt/apt.conf.d/99insecure` writes a setting as `RUN cat > … <<EOF` does.
      for (const { instruction, script } of heredocFiles(document))
        for (const bypass of findTlsBypasses(script))
          if (bypass.kind !== 'variable')
            report({
              messageId: bypass.kind,
              data: { instruction: instruction.keyword, [bypass.kind]: bypass.text },
              region: instruction.region
            });
    }
  }
});
