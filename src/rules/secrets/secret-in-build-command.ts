import { defineRule } from '../../core/rule.js';
import { redactSecret } from '../../secrets/redact.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { findCommandCredentials, type CommandCredential } from '../../targets/shell/inline-credentials.js';

/** BH202: a RUN carries an inline credential. */
export default defineRule({
  meta: {
    id: 'BH202',
    slug: 'secret-in-build-command',
    title: 'Credential in a RUN command',
    description:
      'A RUN step passes a credential on its command line: a token of a known format, a password option (`mysql -p…`, `docker login -p`, `curl -u user:pass`, `net user NAME PASSWORD`, `ConvertTo-SecureString "…" -AsPlainText`), an `Authorization` header, a literal piped into `--password-stdin`, or a secret-named variable set to a literal. The full command line of every RUN, builder stages included, is kept in the image history and in build logs and caches, so the credential outlives the build.',
    severity: 'high',
    remediation:
      'Remove the credential from the command and rotate it. Provide it at build time with `RUN --mount=type=secret,id=…` and read it from the secret file or `env=` variable, or log in outside the build.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypesecret',
      'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring'
    ],
    tags: ['CWE-798', 'CWE-532'],
    messages: {
      knownFormat: "RUN contains a credential ({type}: '{value}').",
      password: "RUN passes a literal password to '{program}' ('{value}').",
      header: "RUN passes a literal '{name}' header to '{program}' ('{value}').",
      setting: "RUN sets '{name}' to a literal ('{value}')."
    },
    whenToIgnore:
      'A throw-away credential that only works inside the build (a password for a database started and discarded in the same RUN) is still readable in the image history; suppress with a reason only if that is acceptable.'
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        const { argsText, heredocs } = run.instruction;
        const text = [argsText, ...heredocs.map(h => h.body).filter(body => !argsText.includes(body))].join(
          '\n'
        );
        for (const credential of findCommandCredentials(text, run.commands, run.assignments))
          report({ ...describe(credential), region: run.instruction.region });
      }
    }
  }
});

type Message = { messageId: 'knownFormat' | 'password' | 'header' | 'setting'; data: Record<string, string> };

function describe(credential: CommandCredential): Message {
  const value = redactSecret(credential.value);
  switch (credential.kind) {
    case 'known':
      return { messageId: 'knownFormat', data: { type: credential.type, value } };
    case 'password':
      return { messageId: 'password', data: { program: credential.program, value } };
    case 'header':
      return { messageId: 'header', data: { name: credential.name, program: credential.program, value } };
    case 'setting':
      return { messageId: 'setting', data: { name: credential.name, value } };
  }
}
