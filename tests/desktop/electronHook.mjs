// A Node module-resolution hook (module.register): `electron` resolves to the fake, so the BUILT
// main process (out/main/index.js) runs under plain Node. Everything else resolves as usual.
let fakeUrl;

export function initialize(data) {
  fakeUrl = data.fakeUrl;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return { url: fakeUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
