/** What each exported figure shows: declared in shared/export/figureSpec.ts (both editions read it). */
export * from '../../shared/export/figureSpec';
