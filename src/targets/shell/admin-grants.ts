import type { ShellCommand } from './shell-commands.js';

/** Linux groups whose members are root-equivalent through sudo/su (RULES.md BH104). */
const ADMIN_GROUPS = new Set(['sudo', 'wheel', 'root', 'admin']);
const WINDOWS_ADMINISTRATORS = /^(builtin\\)?administrators$/i;
const ADMINISTRATORS_SID = 'S-1-5-32-544';

/** What a command grants, for messages: e.g. "adds 'app' to 'sudo'". */
export interface AdminGrant {
  command: ShellCommand;
  description: string;
}

/** Commands that add an account to an admin group or grant passwordless root. */
export function findAdminGrant(command: ShellCommand): AdminGrant | undefined {
  const description = describeGrant(command);
  return description ? { command, description } : undefined;
}

function describeGrant(command: ShellCommand): string | undefined {
  const args = command.args.map(a => a.value);
  switch (command.program) {
    case 'usermod':
    case 'useradd': {
      const groups = optionValue(args, 'G', '--groups');
      const admin = groups?.split(',').find(g => ADMIN_GROUPS.has(g));
      return admin ? `${command.program} puts '${args.at(-1) ?? ''}' in group '${admin}'` : undefined;
    }
    case 'adduser':
    case 'addgroup': {
      // Debian `adduser USER GROUP` and BusyBox `addgroup USER GROUP` add an existing user to a group;
      // BusyBox `adduser -G GROUP USER` creates the user in it.
      const positional = args.filter(a => !a.startsWith('-'));
      const group =
        optionValue(args, 'G', '--ingroup') ?? (positional.length === 2 ? positional[1] : undefined);
      return group && ADMIN_GROUPS.has(group)
        ? `${command.program} puts '${positional[0] ?? ''}' in group '${group}'`
        : undefined;
    }
    case 'gpasswd': {
      const index = args.findIndex(a => a === '-a' || a === '--add');
      const group =
        index >= 0
          ? args.filter((_a, i) => i !== index && i !== index + 1).find(a => !a.startsWith('-'))
          : undefined;
      return group && ADMIN_GROUPS.has(group)
        ? `gpasswd adds '${args[index + 1] ?? ''}' to group '${group}'`
        : undefined;
    }
    case 'net': {
      const lower = args.map(a => a.toLowerCase());
      if (lower[0] !== 'localgroup' || !lower.includes('/add') || !WINDOWS_ADMINISTRATORS.test(args[1] ?? ''))
        return undefined;
      return `net localgroup adds '${args[2] === '/add' ? (args[3] ?? '') : (args[2] ?? '')}' to Administrators`;
    }
    case 'add-localgroupmember': {
      const group =
        powershellParameter(args, ['-group', '-name', '-sid']) ?? args.find(a => !a.startsWith('-'));
      if (!group || !(WINDOWS_ADMINISTRATORS.test(group) || group.toUpperCase() === ADMINISTRATORS_SID))
        return undefined;
      return `Add-LocalGroupMember adds '${powershellParameter(args, ['-member']) ?? ''}' to Administrators`;
    }
  }
  return grantsNopasswd(command) ? `'${command.name.value}' writes a NOPASSWD sudoers rule` : undefined;
}

/** `-G x`, `-Gx`, `-aG x` (short cluster ending in the letter), `--groups x`, `--groups=x`. */
function optionValue(args: string[], short: string, long: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === long) return args[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    if (/^-[A-Za-z]+/.test(arg) && !arg.startsWith('--')) {
      const at = arg.indexOf(short);
      if (at > 0) return at === arg.length - 1 ? args[i + 1] : arg.slice(at + 1);
    }
  }
  return undefined;
}

/** PowerShell parameters are case-insensitive; `-Group:Administrators` is also valid. */
function powershellParameter(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = (args[i] as string).toLowerCase().split(/:(.*)/s) as [string, string | undefined];
    if (names.includes(name))
      return inline !== undefined ? (args[i] as string).slice(name.length + 1) : args[i + 1];
  }
  return undefined;
}

/** `echo '… NOPASSWD: ALL' >> /etc/sudoers`, `tee`, heredocs into sudoers.d: a NOPASSWD rule written anywhere. */
function grantsNopasswd(command: ShellCommand): boolean {
  const texts = [...command.args.map(a => a.value), ...command.redirects.map(r => r.heredoc ?? '')];
  return texts.some(text => /\bNOPASSWD\s*:/.test(text));
}
