/**
 * The Action's last line of defence (RULES.md 2xx "every output … logs"): every message, annotation,
 * job summary, output and failure the step hands to the runner passes through `redactText`, so an
 * error from a config file, a registry or the GitHub API cannot print a secret it happened to quote.
 * The scan result itself is already redacted by the engine; this covers the step's own words.
 */
import { redactText } from '../secrets/redact-text.js';
import type { ActionIo } from './run-action.js';

type Properties = Parameters<ActionIo['warning']>[1];

function redactProperties(properties: Properties): Properties {
  if (!properties) return properties;
  return { ...properties, ...(properties.title ? { title: redactText(properties.title) } : {}) };
}

/**
 * `io` with everything it shows the user redacted. Inputs, env and tools are passed through, and so
 * are outputs: counts, a severity, the gate, an upload id and the SARIF path, which holds no secret
 * and must stay exact (a redacted temporary directory name would break the path).
 */
export function redactingIo(io: ActionIo): ActionIo {
  return {
    ...io,
    info: message => io.info(redactText(message)),
    warning: (message, properties) => io.warning(redactText(message), redactProperties(properties)),
    error: (message, properties) => io.error(redactText(message), redactProperties(properties)),
    notice: (message, properties) => io.notice(redactText(message), redactProperties(properties)),
    setFailed: message => io.setFailed(redactText(message)),
    writeSummary: markdown => io.writeSummary(redactText(markdown))
  };
}
