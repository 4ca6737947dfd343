import type { Region } from '../../core/location.js';
import { findKnownCredentials } from '../../secrets/known-credentials.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import { redactSecret } from '../../secrets/redact.js';
import { expandDefaults } from '../../secrets/value-references.js';
import { knownSecretIdType } from '../../secrets/secret-ids.js';
import { isNamedSecret, isSecretLikeUrlName, valueEmbedsCredentials } from '../../secrets/secret-names.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { WorkloadContainer } from './kubernetes-document.js';

/** An environment variable of a container or a Compose service; `value` is undefined when it is not a literal `value:`. */
export interface EnvVariable {
  name: string;
  value?: string;
  region: Region;
  /** Kubernetes: the `value:` key of the entry, when it has one (`region` is its `name:`). */
  valueRegion?: Region;
  /** Kubernetes: the `env` item; Compose: the value (map form) or the `KEY=value` item (list form). For fixes. */
  node?: YamlNode;
}

/** A secret found in an environment variable; `shown` is already redacted. */
export interface EnvSecret {
  variable: EnvVariable;
  kind: 'namedSecret' | 'knownFormat';
  /** The credential type for 'knownFormat' ('GitHub personal access token'). */
  type?: string;
  shown: string;
}

/**
 * A container's `env` entries, at their `- name:` lines. Entries with `valueFrom` (secretKeyRef,
 * configMapKeyRef, fieldRef, resourceFieldRef) carry no value; `envFrom` names whole Secrets or
 * ConfigMaps and is never a literal (https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/).
 */
export function containerEnv(container: WorkloadContainer): EnvVariable[] {
  return (container.node.get('env')?.items() ?? []).flatMap(item => {
    const name = item.get('name');
    if (item.kind !== 'map' || name?.text === undefined) return [];
    const value = item.get('value');
    const region = name.reportRegion;
    return [
      {
        name: name.text,
        value: value?.kind === 'scalar' ? value.text : undefined,
        region,
        ...(value ? { valueRegion: value.reportRegion } : {}),
        node: item
      }
    ];
  });
}

/**
 * RULES.md BH205 over one container's (or service's) variables: known credential formats under
 * any name, known secret IDs (`AKIA…`), else a secret-like name with a literal value (a
 * `_URL`-style name only when the value embeds credentials). Known formats are searched across
 * all the variables, so an AWS key pair split over two variables is still a pair, and in the
 * defaults of `${VAR:-default}` (what Compose runs when the variable is unset), as the name check
 * judges them. Private keys are skipped: BH207 reports them.
 */
export function findEnvSecrets(variables: EnvVariable[]): EnvSecret[] {
  let text = '';
  const spans = variables.map(variable => {
    const value = variable.value ?? '';
    const expanded = expandDefaults(value);
    const start = text.length + variable.name.length + 1;
    text += `${variable.name}=${expanded}\n`;
    return { variable, value, expanded, start, end: start + expanded.length };
  });
  const matches = findKnownCredentials(text);
  return spans.flatMap(({ variable, value, expanded, start, end }): EnvSecret[] => {
    if (variable.value === undefined || findPrivateKeys(expanded).length > 0) return [];
    const own = matches.filter(match => match.start >= start && match.end <= end);
    if (own.length > 0) {
      return own.map(match => ({
        variable,
        kind: 'knownFormat',
        type: match.type,
        shown: redactSecret(match.value)
      }));
    }
    const idType = knownSecretIdType(expanded);
    if (idType) return [{ variable, kind: 'knownFormat', type: idType, shown: redactSecret(expanded) }];
    // RULES.md 2xx: an `auth`/`credential(s)`-only name needs a credential-shaped value, a
    // connection-string name a secret component (`REGISTRY_AUTH=htpasswd` is configuration).
    const named =
      (isNamedSecret(variable.name, value) && !echoesName(variable.name, value)) ||
      (isSecretLikeUrlName(variable.name) && valueEmbedsCredentials(value));
    // The preview is the start of what the container gets: the default, not the `${` around it.
    return named ? [{ variable, kind: 'namedSecret', shown: redactSecret(expanded) }] : [];
  });
}

/**
 * `GOOGLE_API_KEY: GOOGLE_API_KEY_VAL`: an upper-case marker built from the variable's own name is
 * replaced by a deploy script (sed, kustomize replacements), it is not the secret.
 */
function echoesName(name: string, value: string): boolean {
  const text = value.trim();
  return /^[A-Z][A-Z0-9_]*$/.test(text) && text.includes(name.toUpperCase());
}
