// `?modulePath` imports give the built path of a worker entry (electron-vite; vitest via build/nodeWorkerPlugin.ts).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
