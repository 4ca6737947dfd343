import { defineRule } from '../../core/rule.js';
import { heredocFiles } from '../../targets/dockerfile/heredoc-files.js';
import { runScripts } from '../../targets/dockerfile/run-commands.js';
import { scriptOfRun } from '../../targets/dockerfile/script-of-run.js';
import { findUnverifiedInstalls, gpgVerifiedFiles } from '../../targets/shell/transport-signatures.js';

/** BH303: packages installed with signature (or checksum) checks turned off. */
export default defineRule({
  meta: {
    id: 'BH303',
    slug: 'unverified-packages',
    title: 'Build installs packages without verifying signatures',
    description:
      "A RUN turns off the package manager's signature or checksum checks: `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`, `[trusted=yes]` sources, `apk --allow-untrusted`, `yum/dnf --nogpgcheck`, `gpgcheck=0`, `rpm --nosignature/--nodigest`, `zypper --no-gpg-checks`, `choco --ignore-checksums`, `Install-Module -SkipPublisherCheck`. Signatures are what makes a package from a mirror, a proxy or a plain-HTTP repository trustworthy; without them whoever controls the network path or the repository controls the image.",
    severity: 'medium',
    remediation:
      "Keep verification on: import the repository's signing key (`signed-by=` keyring for apt, `gpgkey=` for yum/dnf, `/etc/apk/keys` for apk) and install signed packages; for Chocolatey, use packages with checksums.",
    references: [
      'https://wiki.debian.org/SecureApt',
      'https://manpages.debian.org/stable/apt/sources.list.5.en.html',
      'https://dnf.readthedocs.io/en/latest/conf_ref.html',
      'https://docs.chocolatey.org/en-us/choco/commands/install/',
      'https://cwe.mitre.org/data/definitions/494.html'
    ],
    tags: ['CWE-494', 'CWE-347'],
    messages: {
      command: "{instruction} runs '{command}', which skips package {check} checks.",
      setting: "{instruction} writes '{setting}', which turns off package signature checks."
    },
    whenToIgnore:
      'For a package built in an earlier stage of the same build and installed from a local file, where there is no signature to check; prefer signing it.'
  },
  checks: {
    dockerfile({ document, report }) {
      // Packages checked with gpg somewhere in the build (also in another stage, then copied).
      const verified = gpgVerifiedFiles(runScripts(document).flatMap(run => run.commands));
      for (const run of runScripts(document)) {
        for (const { kind, text, check } of findUnverifiedInstalls(scriptOfRun(run), verified)) {
          const data = { instruction: 'RUN', [kind]: text, check };
          report({ messageId: kind, data, region: run.instruction.region });
        }
      }
      // `COPY <<EOF /etc/yum.repos.d/x.repo` with `gpgcheck=0`, as `RUN cat > … <<EOF` writes it.
      for (const { instruction, script } of heredocFiles(document))
        for (const { kind, text, check } of findUnverifiedInstalls(script, verified))
          report({
            messageId: kind,
            data: { instruction: instruction.keyword, [kind]: text, check },
            region: instruction.region
          });
    }
  }
});
