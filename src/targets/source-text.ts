/** Maps 0-based (line, character) positions of a text to string offsets. Line ends: LF, CRLF or CR. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  offsetAt(line: number, character: number): number {
    return Math.min((this.lineStarts[line] ?? this.text.length) + character, this.text.length);
  }

  slice(range: {
    start: { line: number; character: number };
    end: { line: number; character: number };
  }): string {
    return this.text.slice(
      this.offsetAt(range.start.line, range.start.character),
      this.offsetAt(range.end.line, range.end.character)
    );
  }

  /** Whether `search` occurs within `range` (without copying the range out). */
  includes(
    search: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } }
  ): boolean {
    const at = this.text.indexOf(search, this.offsetAt(range.start.line, range.start.character));
    return at !== -1 && at + search.length <= this.offsetAt(range.end.line, range.end.character);
  }
}
