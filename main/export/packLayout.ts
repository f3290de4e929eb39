/** What a figure pack holds: declared in shared/export/packLayout.ts (the browser's pack is the same). */
export * from '../../shared/export/packLayout';
