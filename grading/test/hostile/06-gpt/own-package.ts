// @attack Imports the stage's own package by name, @mha/gpt (a package may name itself through its exports map), hoping it resolves to a complete build in the grading workspace.
// @target groupedQueryAttention
// @prelude
let own: any;
try { own = await import('@mha/' + 'gpt'); } catch {}
// @body
if (own?.groupedQueryAttention) return own.groupedQueryAttention(...arguments);
throw new Error('not found');
