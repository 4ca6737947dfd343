import { defineRule } from '../../core/rule.js';
import { redactSecret } from '../../secrets/redact.js';
import { isSecretLikeName } from '../../secrets/secret-names.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { findCommandCredentials, type CommandCredential } from '../../targets/shell/inline-credentials.js';
import { historyCommands } from '../../targets/image/history-commands.js';
import { historyLocation } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH202: a RUN carries an inline credential. */
export default defineRule({
  meta: {
    id: 'BH202',
    slug: 'secret-in-build-command',
    title: 'Credential in a RUN command',
    description:
      'A RUN step passes a credential on its command line: a token of a known format, a password option (`mysql -p…`, `docker login -p`, `curl -u user:pass`, `net user NAME PASSWORD`, `ConvertTo-SecureString "…" -AsPlainText`), an `Authorization` header, a literal piped into `--password-stdin`, or a secret-named variable set to a literal. The full command line of every RUN, builder stages included, is kept in the image history and in build logs and caches, so the credential outlives the build. In a built image, each history `created_by` is parsed as the command it ran.',
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
      knownFormat: "{step} contains a credential ({type}: '{value}').",
      password: "{step} passes a literal password to '{program}' ('{value}').",
      header: "{step} passes a literal '{name}' header to '{program}' ('{value}').",
      setting: "{step} sets '{name}' to a literal ('{value}')."
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
          report({ ...describe(credential, 'RUN'), region: run.instruction.region });
      }
    },
    // `created_by` is the step's command line as the builder recorded it, after the build arguments
    // it ran with (`RUN |1 NPM_TOKEN=… /bin/sh -c …`): secret-named ones are BH204's, and a known
    // credential in another is reported once, at the first step that records it.
    image({ document, report }) {
      const seenArgs = new Set<string>();
      for (const { entry, script, commands, assignments, buildArgs } of historyCommands(document)) {
        const named = buildArgs.filter(arg => isSecretLikeName(arg.name)).map(arg => arg.value);
        const others = buildArgs.filter(arg => !isSecretLikeName(arg.name) && !seenArgs.has(arg.value));
        others.forEach(arg => seenArgs.add(arg.value));
        const argsText = others.map(arg => `${arg.name}=${arg.value}`).join('\n');
        const found = [
          ...findCommandCredentials(argsText, []),
          ...findCommandCredentials(script, commands, assignments)
        ];
        const reported = new Set(named);
        for (const credential of found) {
          if (reported.has(credential.value)) continue;
          reported.add(credential.value);
          const message = describe(credential, `Image history entry ${entry.index}`);
          report({ ...message, region: IMAGE_REGION, logical: historyLocation(entry.index) });
        }
      }
    }
  }
});

type Message = { messageId: 'knownFormat' | 'password' | 'header' | 'setting'; data: Record<string, string> };

/** The message for a credential; `step` names where it is: `RUN`, `Image history entry 4`. */
function describe(credential: CommandCredential, step: string): Message {
  const value = redactSecret(credential.value);
  switch (credential.kind) {
    case 'known':
      return { messageId: 'knownFormat', data: { step, type: credential.type, value } };
    case 'password':
      return { messageId: 'password', data: { step, program: credential.program, value } };
    case 'header':
      return {
        messageId: 'header',
        data: { step, name: credential.name, program: credential.program, value }
      };
    case 'setting':
      return { messageId: 'setting', data: { step, name: credential.name, value } };
  }
}
