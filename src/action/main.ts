/**
 * The Action's logic entry (`@github/local-action` runs this file's `run`): backs `ActionIo` with
 * `@actions/core`. Nothing below `action/`, `github/` and `cli/` imports `@actions/*`.
 */
import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import { useActionDocs } from '../core/product.js';
import { redactText } from '../secrets/redact-text.js';
import { runAction, type ActionIo } from './run-action.js';
import { setStepOutput } from './step-output.js';

function coreIo(): ActionIo {
  return {
    getInput: name => core.getInput(name),
    info: message => core.info(message),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    setOutput: (name, value) => setStepOutput(name, value, core.setOutput),
    setFailed: message => core.setFailed(message),
    setSecret: value => core.setSecret(value),
    writeSummary: async markdown => {
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (error) {
        core.warning(`The job summary was not written: ${redactText(errorMessage(error))}`);
      }
    },
    env: process.env,
    cwd: process.cwd()
  };
}

/** Runs the Action; a bad input, config or crash fails the step with its message. */
export async function run(): Promise<void> {
  try {
    useActionDocs(process.env);
    await runAction(coreIo());
  } catch (error) {
    core.setFailed(`Bulkhead: ${redactText(errorMessage(error))}`);
  }
}
