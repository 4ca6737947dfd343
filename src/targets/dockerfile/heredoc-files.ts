import type { DockerfileDocument, DockerInstruction } from './dockerfile-document.js';
import type { ShellCommand, ShellWord } from '../shell/shell-commands.js';
import type { BuildScript } from '../shell/transport-script.js';

/** A file a `COPY <<EOF /etc/apt/apt.conf.d/99x` (or ADD) heredoc writes into the image. */
export interface HeredocFile {
  instruction: DockerInstruction;
  /** The destination as written: the file, or the directory the heredoc's name is created in. */
  destination: string;
  body: string;
  /**
   * The same write as the RUN command `cat > DEST <<EOF`, for the checks that read what RUN writes
   * to files (settings in config files): a script of that one command, offsets all 0.
   */
  script: BuildScript;
}

const cache = new WeakMap<DockerfileDocument, HeredocFile[]>();

/**
 * Every file written by a COPY/ADD heredoc (BuildKit: `COPY <<EOF /dest`, `COPY <<a <<b /dir/`).
 * The body is copied as written, with no variable expansion, as BuildKit does for COPY.
 */
export function heredocFiles(document: DockerfileDocument): HeredocFile[] {
  let files = cache.get(document);
  if (!files) {
    files = document.instructions
      .filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.heredocs.length > 0)
      .flatMap(instruction => {
        // The heredoc bodies' words follow in `args`: the destination is the last word before them.
        const bodyStart = Math.min(...instruction.heredocs.map(heredoc => heredoc.region.startLine));
        const header = instruction.args.filter(arg => arg.region.startLine < bodyStart);
        const destination = header.at(-1)?.value ?? '';
        if (destination.startsWith('<<')) return [];
        return instruction.heredocs.map(heredoc => ({
          instruction,
          destination,
          body: heredoc.body,
          script: writeScript(heredoc.name, heredoc.body, destination, instruction)
        }));
      });
    cache.set(document, files);
  }
  return files;
}

function writeScript(
  name: string,
  body: string,
  destination: string,
  instruction: DockerInstruction
): BuildScript {
  const word = (value: string): ShellWord => ({ value, raw: value, start: 0, end: 0, dynamic: false });
  const command: ShellCommand = {
    name: word('cat'),
    program: 'cat',
    args: [],
    env: [],
    redirects: [
      { op: '<<', target: word(name), heredoc: body },
      // A directory destination gets a file named after the heredoc (`COPY <<curlrc /root/`).
      { op: '>', target: word(destination.endsWith('/') ? `${destination}${name}` : destination) }
    ],
    dialect: 'posix'
  };
  return {
    text: '',
    dialect: 'posix',
    commands: [command],
    assignments: [],
    outer: n => instruction.scope.get(n)
  };
}
