/**
 * How the pdf-lib report flows text and tables down pages (report.ts): a cursor that starts a new
 * page when one is full, wraps and fits text in the standard Helvetica (WinAnsi, toWinAnsi), and
 * draws tables whose header repeats on each page they run over.
 */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { toWinAnsi } from './winAnsi';

export const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.75, 0.75, 0.75);

/** A cursor that flows text and tables down pages, starting a new page when one is full. */
export class Flow {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly size: readonly [number, number],
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  get width(): number {
    return this.size[0] - 2 * MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.size[0], this.size[1]]);
    this.pages.push(this.page);
    this.y = this.size[1] - MARGIN;
  }

  /** Room for `height` points, or a new page. */
  need(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  fit(text: string, font: PDFFont, size: number, width: number): string {
    let out = toWinAnsi(text);
    if (font.widthOfTextAtSize(out, size) <= width) return out;
    while (out.length > 1 && font.widthOfTextAtSize(`${out}...`, size) > width) out = out.slice(0, -1);
    return `${out.trimEnd()}...`;
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    // Paragraphs first: toWinAnsi turns line breaks into spaces.
    for (const paragraph of text.split(/\r?\n/).map((p) => toWinAnsi(p).replace(/ +/g, ' '))) {
      let line = '';
      for (const word of paragraph.split(' ').filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(next, size) > width) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      lines.push(line);
    }
    return lines;
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; colour?: ReturnType<typeof rgb>; after?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    for (const line of this.wrap(text, font, size, this.width)) {
      this.need(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN, y: this.y + size * 0.3, size, font, color: options.colour ?? INK });
    }
    this.y -= options.after ?? size * 0.5;
  }

  heading(text: string): void {
    this.need(60);
    this.y -= 8;
    this.paragraph(text, { size: 13, bold: true, after: 4 });
  }

  /** A table: header row in bold, a rule under it, then the rows; columns given as fractions of the width. */
  table(
    columns: readonly { title: string; share: number; align?: 'left' | 'right' }[],
    rows: readonly (readonly string[])[],
    size = 8.5,
  ): void {
    const rowHeight = size * 1.5;
    const xs: number[] = [];
    let x = MARGIN;
    for (const column of columns) {
      xs.push(x);
      x += column.share * this.width;
    }
    const drawRow = (cells: readonly string[], font: PDFFont, colour = INK) => {
      this.y -= rowHeight;
      cells.forEach((cell, i) => {
        const column = columns[i]!;
        const width = column.share * this.width - 6;
        const text = this.fit(cell, font, size, width);
        const textWidth = font.widthOfTextAtSize(text, size);
        const left = column.align === 'right' ? xs[i]! + width - textWidth : xs[i]!;
        this.page.drawText(text, { x: left, y: this.y + size * 0.45, size, font, color: colour });
      });
    };
    const header = () => {
      drawRow(
        columns.map((c) => c.title),
        this.bold,
      );
      this.page.drawLine({
        start: { x: MARGIN, y: this.y + 1 },
        end: { x: MARGIN + this.width, y: this.y + 1 },
        thickness: 0.6,
        color: RULE,
      });
    };
    this.need(rowHeight * 3);
    header();
    for (const row of rows) {
      if (this.y - rowHeight < MARGIN + 20) {
        this.newPage();
        header(); // a table that runs over keeps its header on the new page
      }
      // A row of one cell is a group heading inside the table.
      if (row.length === 1) drawRow([row[0]!, ...columns.slice(1).map(() => '')], this.bold, GREY);
      else drawRow(row, this.regular);
    }
    this.y -= size;
  }
}
