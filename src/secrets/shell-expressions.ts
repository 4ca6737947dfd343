/**
 * RULES.md "literal": shell and PowerShell expressions compute a value at run time, so the text
 * written is not the secret. References (`$X`, `$(…)`, `$env:X`) are value-references.ts'; this
 * module knows the PowerShell forms that are not references: a type's static member or
 * constructor (`[System.Threading.CancellationTokenSource]::new()`,
 * `[Convert]::ToBase64String($bytes)`), a cast of a variable (`[string]$x`), a parenthesised
 * pipeline (`(Get-Content C:\secret.txt)`), and a cmdlet call (`Get-Secret -Name db`).
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing
 */

// `[Type]::Member`, `[Type[]]::new(3)`, `[Type]$x`, `[Type](…)`: a type literal used as a value.
const TYPE_EXPRESSION = /^\[[A-Za-z_][\w.`+]*(?:\[[^\]]*\])?\]\s*(?:::\s*[A-Za-z_]|\$|\()/;

// PowerShell's approved verbs most used in build scripts (`Get-Verb`), followed by a noun.
const CMDLET =
  /^(?:Get|Set|New|Read|Invoke|Import|Export|ConvertTo|ConvertFrom|Select|Join|Split|Resolve|Test|Out|Format|Add|Remove|Start|Receive|Unprotect|Protect)-[A-Za-z]+(?:\s|$)/i;

/** Why `text` is a shell/PowerShell expression rather than a literal, or undefined when it is not one. */
export function describeShellExpression(text: string): string | undefined {
  const value = text.trim();
  if (TYPE_EXPRESSION.test(value)) return 'a PowerShell type or method expression';
  if (/^\(.*\)$/s.test(value) && isExpressionStart(value.slice(1).trimStart()))
    return 'a parenthesised PowerShell expression';
  if (CMDLET.test(value)) return 'a PowerShell cmdlet call';
  return undefined;
}

function isExpressionStart(inner: string): boolean {
  return CMDLET.test(inner) || TYPE_EXPRESSION.test(inner) || inner.startsWith('$');
}
