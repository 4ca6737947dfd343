import { defineRule } from '../../core/rule.js';
import { fixes, singleQuotedFix } from '../../targets/kubernetes/security-context-fixes.js';
import {
  misreadEscape,
  printableUserName,
  runAsUserNameFields,
  runAsUserNameProblems
} from '../../targets/kubernetes/run-as-user-name.js';

/** BH608: a `runAsUserName` the API server rejects, or one a YAML escape silently changed. */
export default defineRule({
  meta: {
    id: 'BH608',
    slug: 'invalid-run-as-user-name',
    title: 'Invalid Windows runAsUserName',
    description:
      'Kubernetes rejects a `windowsOptions.runAsUserName` that is empty, contains control characters or more than one backslash, has a domain that is neither a NetBIOS name (up to 15 characters) nor a DNS name, or a user part that is empty, longer than 104 bytes, only dots or spaces, or contains any of `"/\\[]:;|=,+*?<>@`. Worse, in a double-quoted YAML string a single backslash starts an escape: `"NT AUTHORITY\\Local service"` silently becomes `NT AUTHORITY` + U+2028 + `ocal service`, which passes validation and fails only when the container starts, or runs as an account nobody intended.',
    severity: 'medium',
    remediation:
      'Write account names in single quotes (`\'NT AUTHORITY\\LOCAL SERVICE\'`), unquoted, or with a doubled backslash inside double quotes (`"NT AUTHORITY\\\\LOCAL SERVICE"`). Use `DOMAIN\\user` with one backslash, a NetBIOS or DNS domain and a valid user part; for ordinary containers use `ContainerUser`.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
      'https://yaml.org/spec/1.2.2/#57-escaped-characters',
      'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go'
    ],
    tags: ['CWE-1284', 'windows'],
    messages: {
      invalid: "The runAsUserName '{value}' of {owner} is rejected by Kubernetes: {problems}.",
      escape:
        "The runAsUserName '{written}' of {owner} is double-quoted, so YAML reads '{escape}' as an escape sequence and Kubernetes receives '{value}'."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const { node, container } of runAsUserNameFields(pod)) {
          const value = node.text;
          if (value === undefined) continue; // a map or list fails to decode before validation
          const owner = container ? `container '${container.name}'` : 'the pod';
          const region = node.reportRegion;
          const escape = misreadEscape(node);
          if (escape) {
            const data = {
              written: escape.intended,
              owner,
              escape: escape.escape,
              value: printableUserName(value)
            };
            report({
              messageId: 'escape',
              data,
              region,
              properties,
              ...fixes(singleQuotedFix(node, escape.intended))
            });
            continue;
          }
          const problems = runAsUserNameProblems(value);
          if (problems.length)
            report({
              messageId: 'invalid',
              data: { value: printableUserName(value), owner, problems: problems.join('; ') },
              region,
              properties
            });
        }
      }
    }
  }
});
