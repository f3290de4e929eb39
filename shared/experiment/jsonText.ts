/**
 * Checks on the raw text of a file before it is read as JSON: size, binary content, and where
 * JSON syntax breaks. JSON.parse's own messages differ between engines (Node, Chromium) and
 * often omit the position, so a small validator finds the first fault and says where it is.
 */

/** Bytes of a string in UTF-8, counted without an encoder (shared/ has no DOM or Node types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * What no JSON text can hold: NUL and other C0 controls (raw, outside escapes) mean binary data;
 * U+FFFD is what a UTF-8 decoder puts where the bytes were not UTF-8 (another encoding). The
 * serializer escapes U+FFFD, so files this app writes never trip the second check.
 */
export function textProblem(text: string): 'binary' | 'encoding' | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text)) return 'binary';
  if (text.includes('\ufffd')) return 'encoding';
  return null;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface SyntaxFault {
  readonly offset: number;
  /** What was expected or found, for a person: "expected ',' or '}' after a property, found ']'". */
  readonly reason: string;
  /** True when the text ended where more was needed (a truncated file). */
  readonly atEnd: boolean;
}

/** Nesting beyond this is refused rather than risking the stack; real files nest four deep. */
const MAX_DEPTH = 512;

class Fault extends Error {
  constructor(readonly fault: SyntaxFault) {
    super(fault.reason);
  }
}

/** The first JSON syntax fault in a text, or null when it is valid JSON. */
export function findSyntaxFault(text: string): SyntaxFault | null {
  let i = 0;

  const shown = (at: number): string => {
    if (at >= text.length) return 'the end of the text';
    const ch = text[at]!;
    if (ch === '\n') return 'a line break';
    if (ch === '\t') return 'a tab';
    if (ch === "'") return 'a single quote';
    return `'${ch}'`;
  };
  const fail = (reason: string, at = i): never => {
    const atEnd = at >= text.length;
    throw new Fault({
      offset: at,
      reason: atEnd ? `${reason}, but the text ends` : `${reason}, found ${shown(at)}`,
      atEnd,
    });
  };
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) fail(`expected a value (a misspelled ${word}?)`, i + k);
    }
    i += word.length;
  };
  const string = (what: string): void => {
    if (text[i] !== '"') fail(`expected ${what} in double quotes`);
    i++;
    for (;;) {
      if (i >= text.length) fail('expected a closing double quote');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail('expected a closing double quote before the line ends (control characters must be escaped)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('expected four hex digits after \\u', i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('expected a valid escape after a backslash', i + 1);
      } else i++;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-' || match[0] === '') fail('expected a number');
    i += match![0].length;
    const next = text[i];
    if (next !== undefined && /[0-9.eE]/.test(next)) fail('expected a valid number');
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail(`expected at most ${MAX_DEPTH} levels of nesting`);
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        string('a property name');
        skipSpace();
        if (text[i] !== ':') fail("expected ':' after a property name");
        i++;
        value(depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === '}') fail('expected another property after a comma (trailing commas are not JSON)');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail("expected ',' or '}' after a property");
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === ']') fail('expected another item after a comma (trailing commas are not JSON)');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail("expected ',' or ']' after an item");
      }
    }
    if (c === '"') return string('a string');
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === "'") fail('expected a value (strings take double quotes)');
    fail('expected a value');
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail('expected nothing after the end of the JSON value');
    return null;
  } catch (error) {
    if (error instanceof Fault) return error.fault;
    throw error;
  }
}
