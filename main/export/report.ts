/** The pdf-lib report: written in shared/export/report.ts, the same on the desktop and in the browser. */
export * from '../../shared/export/report';
