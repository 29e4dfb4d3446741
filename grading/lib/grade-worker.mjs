// @ts-check
// A grading worker: a child process of the batch grader (gradeSubmissions in teacher.mjs).
// It grades the submissions the batch sends it, one at a time, in the workspace the batch
// installed, and sends each result back. Student code never runs here (it runs in the
// sandbox, one process per function); what runs here is the grader's own work on a
// submission: reading and screening its files, mixing in reference bodies, judging the
// harness's records. If that work crashes this process or never ends, the batch kills
// this worker, gives that one submission a row that says why, and starts another worker
// for the rest.
//
// Messages (Node's advanced serialization, so Maps cross as Maps):
//   in:  { type: 'init', analysis, pristine }  then  { type: 'grade', id, submission, options }
//   out: { type: 'ready' }, { type: 'result', id, result }, { type: 'error', id, message }
//
// MHA_GRADING_FAULT (tests of the batch only) names submissions on which this worker fails
// on purpose, as `crash:<label>` (the process dies) or `hang:<label>` (it never answers),
// comma-separated: the batch must grade the others.
import { attachGrading } from './teacher.mjs';

/** @typedef {Awaited<ReturnType<typeof attachGrading>>} Grading */

/** @type {Grading | undefined} */
let grading;

const faults = new Map(
  (process.env.MHA_GRADING_FAULT ?? '')
    .split(',')
    .filter((entry) => entry.includes(':'))
    .map((entry) => {
      const at = entry.indexOf(':');
      return [entry.slice(at + 1), entry.slice(0, at)];
    }),
);

/** @param {unknown} message */
function send(message) {
  process.send?.(message);
}

process.on('message', async (/** @type {any} */ message) => {
  if (message?.type === 'init') {
    try {
      grading = await attachGrading(message.analysis, message.pristine, {
        keep: true, // the batch owns the workspace and removes it
      });
      send({ type: 'ready' });
    } catch (error) {
      send({ type: 'error', id: -1, message: String(/** @type {Error} */ (error)?.message) });
    }
    return;
  }
  if (message?.type !== 'grade' || grading === undefined) return;
  const { id, submission, options } = message;
  const fault = faults.get(submission.label);
  if (fault === 'crash') process.kill(process.pid, 'SIGKILL');
  if (fault === 'hang') return; // never answers
  try {
    send({ type: 'result', id, result: await grading.grade(submission, options) });
  } catch (error) {
    send({ type: 'error', id, message: String(/** @type {Error} */ (error)?.message ?? error) });
  }
});

// The batch ends this worker by closing the channel.
process.on('disconnect', () => process.exit(0));
