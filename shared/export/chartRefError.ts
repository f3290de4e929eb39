/**
 * A chart the lab does not draw (unknown unit for its panel): says which and what exists. Its own
 * small module, so main's handlers can name it without loading the renderers.
 */
export class ChartRefError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}
