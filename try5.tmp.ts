const n = 47520;
let keep: unknown[] = [];
for (let r = 0; r < 3; r++) {
  let t0 = performance.now();
  for (let k = 0; k < 20; k++) {
    const a = [];
    for (let j = 0; j < 18; j++) a.push(new Float32Array(n));
    keep = a;
  }
  console.log('18 arrays', ((performance.now() - t0) / 20).toFixed(3));
  t0 = performance.now();
  for (let k = 0; k < 20; k++) {
    const b = new Float32Array(18 * n);
    const a = [];
    for (let j = 0; j < 18; j++) a.push(b.subarray(j * n, (j + 1) * n));
    keep = a;
  }
  console.log('1 buffer', ((performance.now() - t0) / 20).toFixed(3));
}
console.log(keep.length);
