// @attack Imports the stage's own package by name, @mha/multi-head-attention, hoping it resolves to a complete build in the grading workspace.
// @target multiHeadAttention
// @prelude
let own: any;
try { own = await import('@mha/multi-head-' + 'attention'); } catch {}
// @body
if (own?.multiHeadAttention) return own.multiHeadAttention(...arguments);
throw new Error('not found');
