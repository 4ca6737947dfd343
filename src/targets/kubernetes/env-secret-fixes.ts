import type { Fix } from '../../core/fix.js';
import { replaceScalar } from '../yaml/yaml-edits.js';
import type { EnvVariable } from './env-vars.js';

/** Names Compose can interpolate (`${NAME}`) and a Secret key can hold without quoting. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * BH205 in Compose: the literal becomes `${NAME}`, which Compose fills from the shell or an `.env`
 * file beside the compose file (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/).
 * Review: the value must now be provided, and the `.env` file kept out of version control.
 */
export function composeSecretFix(variable: EnvVariable): Fix | undefined {
  const { node, name } = variable;
  if (!node || !PLAIN_NAME.test(name)) return undefined;
  const list = node.text?.startsWith(`${name}=`) === true;
  const edit = replaceScalar(node, list ? `${name}=\${${name}}` : `\${${name}}`);
  return edit
    ? {
        description: `Read '${name}' from the environment ('\${${name}}'); put its value in an untracked .env file beside the compose file.`,
        safety: 'review',
        edits: [edit]
      }
    : undefined;
}

/**
 * BH205 in Kubernetes: the literal `value:` becomes a `valueFrom.secretKeyRef` skeleton naming a
 * Secret to create (https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables).
 * Review: the Secret does not exist until someone creates it.
 */
export function kubernetesSecretFix(variable: EnvVariable, container: string): Fix | undefined {
  const { node, name } = variable;
  const value = node?.get('value');
  const key = value?.keyRegion;
  if (!node || !value || !key || !node.editable || value.kind !== 'scalar') return undefined;
  if (value.region.endLine !== key.startLine || !PLAIN_NAME.test(name.replace(/[.-]/g, '_')))
    return undefined;
  const secret = `${container}-secrets`.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
  const eol = node.sourceText.includes('\r\n') ? '\r\n' : '\n';
  const pad = ' '.repeat(key.startColumn - 1);
  const lines = ['valueFrom:', '  secretKeyRef:', `    name: ${secret}`, `    key: ${name}`];
  return {
    description: `Read '${name}' from the Secret '${secret}' (create it outside the repository, e.g. kubectl create secret generic ${secret} --from-literal=${name}=…).`,
    safety: 'review',
    edits: [
      {
        region: { ...key, endLine: value.region.endLine, endColumn: value.region.endColumn },
        replacement: lines.join(eol + pad)
      }
    ]
  };
}
