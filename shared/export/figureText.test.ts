import { describe, expect, it } from 'vitest';
import { TEXT_COLOUR, figureStyle } from '../plot/chartConfig';
import type { Canvas2D } from './canvas';
import { drawFootnote, drawHeading, fontSpec, footnoteSize, lineHeight } from './figureText';

/** A canvas that records each text drawn with its font, colour and place. */
function recorder() {
  const texts: { text: string; x: number; y: number; font: string; colour: unknown }[] = [];
  const drawn: Pick<Canvas2D, 'font' | 'fillStyle' | 'textAlign' | 'textBaseline' | 'fillText'> = {
    font: '',
    fillStyle: '',
    textAlign: '',
    textBaseline: '',
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, font: drawn.font, colour: drawn.fillStyle });
    },
  };
  const ctx = drawn as Canvas2D;
  return { ctx, texts };
}

const style = figureStyle('double');

describe('a figure’s heading and footnote', () => {
  it('draws the title bold, then the subtitle grey, a line apart from the top margin, and says where it ended', () => {
    const { ctx, texts } = recorder();
    const end = drawHeading(ctx, style, ['Title one', 'title two'], ['a subtitle']);
    const t = lineHeight(style.titleFont);
    const title = fontSpec(style.titleFont, true);
    expect(texts).toEqual([
      { text: 'Title one', x: style.margin, y: style.margin, font: title, colour: TEXT_COLOUR },
      { text: 'title two', x: style.margin, y: style.margin + t, font: title, colour: TEXT_COLOUR },
      {
        text: 'a subtitle',
        x: style.margin,
        y: style.margin + 2 * t,
        font: fontSpec(style.legendFont),
        colour: '#444444',
      },
    ]);
    expect(end).toBe(style.margin + 2 * t + lineHeight(style.legendFont));
  });

  it('draws the footnote smaller than the legend, grey, from where it is told', () => {
    const { ctx, texts } = recorder();
    drawFootnote(ctx, style, ['made by', 'seed 1'], 500);
    expect(footnoteSize(style)).toBeLessThan(style.legendFont);
    expect(texts.map((e) => [e.text, e.y, e.font, e.colour])).toEqual([
      ['made by', 500, fontSpec(footnoteSize(style)), '#555555'],
      ['seed 1', 500 + lineHeight(footnoteSize(style)), fontSpec(footnoteSize(style)), '#555555'],
    ]);
  });
});
