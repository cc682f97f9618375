// Source text split into lines, with the char→UTF-8-byte column mapping that
// CPython's ast positions use (col_offset counts bytes, not characters).

export class Source {
  readonly text: string;
  /** Each line including its trailing newline, 1-based via lineText(). */
  readonly lines: string[];
  private readonly lineStarts: number[];
  private readonly ascii: boolean[];

  constructor(text: string) {
    this.text = text;
    this.lines = [];
    this.lineStarts = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') {
        this.lineStarts.push(start);
        this.lines.push(text.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length || text.length === 0) {
      this.lineStarts.push(start);
      this.lines.push(text.slice(start));
    }
    this.ascii = this.lines.map((l) => !/[^ -~\t\n\r\f\v]/.test(l));
  }

  lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** Code points before a UTF-16 column: SyntaxError.offset counts these. */
  charCol(line: number, col: number): number {
    if (this.ascii[line - 1] !== false) return col;
    return Array.from(this.lineText(line).slice(0, col)).length;
  }

  /** UTF-8 byte offset of a character column on a line. */
  byteCol(line: number, col: number): number {
    if (this.ascii[line - 1] !== false) return col;
    const prefix = this.lineText(line).slice(0, col);
    let bytes = 0;
    for (const ch of prefix) {
      const cp = ch.codePointAt(0) ?? 0;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return bytes;
  }
}
