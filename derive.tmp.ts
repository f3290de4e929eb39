import { compileProtocol } from './shared/model/protocol';
import { simulateCore } from './shared/model/core';
import { DEFAULT_VALUES } from './shared/model/parameters';
import {
  measureBaselineQuantities,
  simulateRestoration,
  RESTORATION_BASELINE_SEED,
} from './shared/model/restoration/index';
import { readFileSync, writeFileSync } from 'node:fs';
const core = simulateCore(compileProtocol(DEFAULT_VALUES), DEFAULT_VALUES, RESTORATION_BASELINE_SEED).trajectory;
const q = measureBaselineQuantities(core, simulateRestoration(core, DEFAULT_VALUES, RESTORATION_BASELINE_SEED));
const f = 'shared/model/restoration/baseline.ts';
let s = readFileSync(f, 'utf8');
for (const [k, v] of Object.entries(q)) s = s.replace(new RegExp(`(  ${k}: )[^,]+,`), `$1${v},`);
writeFileSync(f, s);
console.log(q);
