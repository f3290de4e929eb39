/**
 * Text for PDF standard fonts. Helvetica in a PDF without an embedded font encodes WinAnsi
 * (Windows-1252) only; pdf-lib throws on anything else. The science text uses a few characters
 * outside it (−, Δ, β, ≥, ≈), so the PDF spells them in ASCII. Only the PDF does this: CSV, SVG
 * and PNG keep the real characters.
 */

/** Code points beyond Latin-1 that Windows-1252 has, in its 0x80–0x9F block. */
const CP1252_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

const SPELLED: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign
  Δ: 'delta ',
  δ: 'delta',
  β: 'beta',
  α: 'alpha',
  γ: 'gamma',
  θ: 'theta',
  τ: 'tau',
  κ: 'kappa',
  λ: 'lambda',
  φ: 'phi',
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '→': '->',
  '⇒': '=>',
  '←': '<-',
  '\u2009': ' ', // thin space
  '\u202f': ' ', // narrow no-break space
};

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(code);
}

/** The text with every character a standard PDF font cannot encode spelled in ASCII, or '?' as a last resort. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?|\n|\t/g, ' ')) {
    if (isWinAnsi(char)) out += char;
    else if (char in SPELLED) out += SPELLED[char];
    else {
      // Accented letters outside Latin-1 (ő, č) lose only their accent.
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every(isWinAnsi) && base ? base : '?';
    }
  }
  // 'Δ' becomes 'delta ' so 'ΔT' stays two words; that must not double an existing space.
  return out.replace(/ {2,}/g, ' ');
}
