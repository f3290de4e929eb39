import { describe, expect, it } from 'vitest';
import { checkXml } from './xmlCheck';

describe('checkXml', () => {
  it('accepts a well-formed SVG and reads elements, attributes and text', () => {
    const { problems, elements } = checkXml(
      '<?xml version="1.0"?><svg width="1"><!-- c --><text x="1, 2">A &amp; B &#916;</text><path d="M0 0L1 1"/></svg>',
    );
    expect(problems).toEqual([]);
    expect(elements.map((e) => e.name)).toEqual(['svg', 'text', 'path']);
    expect(elements[1]!.text).toBe('A & B Δ');
    expect(elements[2]!.attributes.d).toBe('M0 0L1 1');
  });

  it.each([
    ['<svg><g></svg>', /closes <g>/],
    ['<svg><text>a & b</text></svg>', /bare &/],
    ['<svg><text>&nbsp;</text></svg>', /unknown entity/],
    ['<svg a="1" a="2"/>', /repeated/],
    ['<svg a=1/>', /without a quoted value/],
    ['<svg/><svg/>', /2 root elements/],
    ['<svg><path d="x"', /unclosed tag/],
    ['<svg>', /never closed/],
  ])('finds the problem in %s', (xml, problem) => {
    expect(checkXml(xml).problems.join('; ')).toMatch(problem);
  });
});
