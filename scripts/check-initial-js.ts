/**
 * The build's initial-JavaScript budget (issue 11): reads an existing build
 * (`npm run build` made it; no second build here), prints what index.html
 * loads before the first paint, gzipped, and exits 1 above the budget.
 *   tsx scripts/check-initial-js.ts [outDir=dist]
 * INITIAL_JS_BUDGET_KB overrides the budget (to see the check fail).
 */
// '.js' spelling: tsx would take an extensionless '….node' for a native addon.
import { INITIAL_JS_BUDGET_BYTES, formatInitialLoad, measureInitialLoad } from '../src/serving/initial-js.node.js';

const outDir = process.argv[2] ?? 'dist';
const override = Number(process.env.INITIAL_JS_BUDGET_KB);
const budget = override > 0 ? override * 1024 : INITIAL_JS_BUDGET_BYTES;

const load = await measureInitialLoad(outDir);
if (load.files.length === 0) {
  console.error(`initial JS: ${outDir}/index.html names no scripts; is it a build?`);
  process.exit(1);
}
console.log(`initial JS (${outDir}):`);
for (const line of formatInitialLoad(load, budget)) console.log(line);
if (load.total > budget) {
  console.error(`initial JS: over budget by ${((load.total - budget) / 1024).toFixed(1)} KB gzip: move what the first paint does not need behind import()`);
  process.exit(1);
}
