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
      return admin
        ? `${command.program} puts '${accountOf(command.program, args) ?? ''}' in group '${admin}'`
        : undefined;
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
  // Named as written: `sudo tee /etc/sudoers.d/app <<EOF` is 'sudo' writing it.
  const written = command.wrappers?.[0] ?? command;
  return grantsNopasswd(command) ? `'${written.name.value}' writes a NOPASSWD sudoers rule` : undefined;
}

/**
 * Options of shadow's useradd and usermod that take a value (useradd(8), usermod(8)); `-l` takes
 * one only in usermod (`--login NEW`), in useradd it is `--no-log-init`.
 */
const USERADD_SHORT_WITH_VALUE = 'bcdefgGkKpPRsuZ';
const USERMOD_SHORT_WITH_VALUE = 'cdefgGlpPRsuvVwWZ';
const ACCOUNT_LONG_WITH_VALUE = new Set(
  (
    '--base-dir --comment --home-dir --home --expiredate --inactive --gid --groups --skel --key ' +
    '--password --root --prefix --shell --uid --selinux-user --login --add-subuids --del-subuids ' +
    '--add-subgids --del-subgids --selinux-range'
  ).split(' ')
);

/**
 * The account a useradd or usermod names: the argument that is neither an option nor an option's
 * value. The tools take options after it too (`useradd rust --groups sudo`, as getopt permutes).
 */
function accountOf(program: string, args: string[]): string | undefined {
  const withValue = program === 'usermod' ? USERMOD_SHORT_WITH_VALUE : USERADD_SHORT_WITH_VALUE;
  let account: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') return args[i + 1] ?? account;
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && ACCOUNT_LONG_WITH_VALUE.has(arg)) i++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A short cluster: the first letter that takes a value takes the rest, or the next argument.
      const at = [...arg.slice(1)].findIndex(letter => withValue.includes(letter));
      if (at >= 0 && at === arg.length - 2) i++;
    } else account = arg;
  }
  return account;
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
