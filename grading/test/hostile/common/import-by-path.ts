// @attack Imports the reference by relative and absolute paths where it lives in the teacher's repository and in the old grading layout (../../src, /proc/1/cwd/packages/...).
// @prelude
const tries = ['../../../src/index.js', '../../src/index.js', '/proc/1/cwd/packages/$STAGE/dist/esm/index.js', '/proc/self/cwd/../../src/index.js'];
let reference: any;
for (const t of tries) {
  try { reference = await import(t); if (typeof reference?.$FN === 'function') break; } catch {}
}
// @body
if (reference?.$FN) return reference.$FN(...arguments);
throw new Error('not found');
