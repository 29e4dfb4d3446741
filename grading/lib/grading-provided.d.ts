// The module the grader writes into the harness's bundle (harnessSnapshot in judge.mjs):
// each provided package's specifier -> its exports, loaded before the snapshot is taken.
declare module 'grading-provided' {
  const provided: Record<string, unknown>;
  export = provided;
}
