// @ts-check
// The score: one row per graded function, a total, and notes. Printed as a
// table for people and as JSON for learning-management systems. Used both by
// `pnpm grade` in a student workspace (this file is copied there) and by the
// teacher's `pnpm assignment grade`.
import { firstLine } from './runner.mjs';

/** @typedef {'pass' | 'fail' | 'timeout' | 'error' | 'not-run'} Status */

/**
 * A test file that failed to load, or (with `test`) a test that failed.
 * @typedef {{ file: string, hidden: boolean, test?: string, message: string,
 *   quotesHidden?: boolean, judged?: boolean, at?: number }} Failure
 */

/**
 * One graded function's run: from vitest (runner.mjs) or from the judge (judge.mjs).
 * @typedef {object} Run
 * @property {string} [name]
 * @property {Status} status
 * @property {number} [passed]
 * @property {number} [failed]
 * @property {number} [total]
 * @property {number} [hiddenPassed]
 * @property {number} [hiddenTotal]
 * @property {string} [reason]
 * @property {boolean} [reasonQuotesHidden]
 * @property {string} [failedTest]
 * @property {boolean} [judged] graded by the judge (messages the judge wrote)
 * @property {number} [ms]
 * @property {Failure[]} [failures]
 * @property {Failure[]} [loadErrors]
 * @property {Map<string, { fails: boolean }>} [tests] the passing tests (vitest runs)
 * @property {string} [backend]
 */

/**
 * What `score` reads.
 * @typedef {object} ScoreInfo
 * @property {string} assignment
 * @property {string} stage
 * @property {boolean} hiddenTests
 * @property {string} [submission]
 * @property {{ name: string, points: number }[]} functions in order
 * @property {Map<string, Run>} runs by function name
 * @property {string[]} [notes]
 */

/** @typedef {{ passed: number, total: number }} Count */

/**
 * One graded function's row of a result.
 * @typedef {object} Row
 * @property {string} name
 * @property {number} points
 * @property {number} possible
 * @property {Status} status
 * @property {Count & { visible?: Count, hidden?: Count }} tests
 * @property {string} reason
 * @property {boolean} [reasonQuotesHidden]
 * @property {string} [failedTest]
 * @property {boolean} [judged]
 * @property {number | undefined} seconds
 * @property {Failure[]} failures
 * @property {Failure[]} loadErrors
 * @property {number} [hiddenFailed] in the student's view: how many hidden tests failed
 */

/**
 * A scored submission.
 * @typedef {object} Result
 * @property {string} assignment
 * @property {string} stage
 * @property {string} tests `'visible'` or `'visible and hidden'`
 * @property {string} [submission]
 * @property {{ points: number, possible: number, percent: number }} score
 * @property {Row[]} functions
 * @property {string[]} notes
 * @property {string[]} [teacherNotes]
 * @property {number} [seconds]
 */

/** @type {Record<string, string>} */
const STATUS_WORD = {
  pass: 'pass',
  fail: 'FAIL',
  timeout: 'TIMEOUT',
  error: 'ERROR',
  'not-run': 'NOT RUN',
};

/**
 * Scores the runs. A function earns its points only when every one of its
 * tests passes; otherwise it earns 0 and the first failure says why.
 *
 * @param {ScoreInfo} info
 * @returns {Result}
 */
export function score(info) {
  const functions = info.functions.map((fn) => {
    const run = info.runs.get(fn.name);
    /** @type {Status} */
    const status = run?.status ?? 'not-run';
    /** @type {Row} */
    const row = {
      name: fn.name,
      points: status === 'pass' ? fn.points : 0,
      possible: fn.points,
      status,
      tests: { passed: run?.passed ?? 0, total: run?.total ?? 0 },
      reason: status === 'pass' ? '' : (run?.reason ?? 'not run'),
      ...(run?.reasonQuotesHidden && status !== 'pass' ? { reasonQuotesHidden: true } : {}),
      ...(run?.failedTest && status !== 'pass' ? { failedTest: run.failedTest } : {}),
      ...(run?.judged ? { judged: true } : {}),
      seconds: run?.ms === undefined ? undefined : Math.round(run.ms / 100) / 10,
      failures: run?.failures ?? [],
      loadErrors: run?.loadErrors ?? [],
    };
    if (info.hiddenTests) {
      row.tests.visible = {
        passed: (run?.passed ?? 0) - (run?.hiddenPassed ?? 0),
        total: (run?.total ?? 0) - (run?.hiddenTotal ?? 0),
      };
      row.tests.hidden = { passed: run?.hiddenPassed ?? 0, total: run?.hiddenTotal ?? 0 };
    }
    return row;
  });
  const points = functions.reduce((sum, f) => sum + f.points, 0);
  const possible = functions.reduce((sum, f) => sum + f.possible, 0);
  return {
    assignment: info.assignment,
    stage: info.stage,
    tests: info.hiddenTests ? 'visible and hidden' : 'visible',
    ...(info.submission === undefined ? {} : { submission: info.submission }),
    score: {
      points,
      possible,
      percent: possible === 0 ? 0 : Math.round((1000 * points) / possible) / 10,
    },
    functions,
    notes: info.notes ?? [],
  };
}

/** @param {unknown} text @param {number} width */
function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

/** @param {string} text @param {number} width */
function clip(text, width) {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * The score as a table, `width` columns wide at most.
 * @param {Result} result
 * @param {number} [width]
 */
export function formatScore(result, width = process.stdout.columns || 120) {
  const hidden = result.tests === 'visible and hidden';
  /** @param {Row} f */
  const testCell = (f) =>
    hidden
      ? `${f.tests.visible?.passed}/${f.tests.visible?.total}  ${f.tests.hidden?.passed}/${f.tests.hidden?.total}`
      : `${f.tests.passed}/${f.tests.total}`;
  const header = ['function', 'points', hidden ? 'visible hidden' : 'tests', 'status'];
  const rows = result.functions.map((f) => [
    f.name,
    `${f.points}/${f.possible}`,
    testCell(f),
    STATUS_WORD[f.status] ?? f.status,
  ]);
  const totalRow = [
    'total',
    `${result.score.points}/${result.score.possible}`,
    '',
    `${result.score.percent}%`,
  ];
  const widths = header.map((h, i) =>
    Math.max(h.length, cellAt(totalRow, i).length, ...rows.map((r) => cellAt(r, i).length)),
  );
  /** @param {string[]} cells */
  const line = (cells, rest = '') => {
    const text = cells.map((c, i) => pad(c, widths[i] ?? 0, i === 1)).join('   ');
    return rest ? `  ${text}   ${rest}` : `  ${text}`.trimEnd();
  };
  const used = widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 2;
  const room = Math.max(30, width - used);
  /** @type {string[]} */
  const out = [];
  out.push(`${result.assignment} (${result.stage}): ${result.tests} tests`);
  if (result.submission !== undefined) out.push(`submission: ${result.submission}`);
  out.push('');
  out.push(line(header, 'first failure'));
  result.functions.forEach((f, i) => {
    out.push(line(rows[i] ?? [], f.status === 'pass' ? '' : clip(firstLine(f.reason), room)));
  });
  out.push(`  ${'-'.repeat(Math.min(width - 2, used + 14))}`);
  out.push(line(totalRow));
  const failing = result.functions.filter((f) => f.status !== 'pass');
  if (failing.length > 0) {
    out.push('');
    out.push('first failure of each function:');
    for (const f of failing) {
      out.push(`  ${f.name}${f.failedTest ? ` (${f.failedTest})` : ''}`);
      const lines = f.reason.split('\n').filter((l) => l.trim() !== '');
      for (const l of lines.slice(0, 6)) out.push(`    ${l}`);
      if (lines.length > 6) out.push('    …');
    }
  }
  if (result.notes.length > 0) {
    out.push('');
    out.push('notes:');
    for (const note of result.notes) out.push(`  - ${note}`);
  }
  if (result.teacherNotes && result.teacherNotes.length > 0) {
    out.push('');
    out.push("teacher's notes (not in the student's feedback):");
    for (const note of result.teacherNotes) out.push(`  - ${note}`);
  }
  return out.join('\n');
}

/** A row's `i`th cell; '' where it has none. @param {string[]} row @param {number} i */
function cellAt(row, i) {
  return row[i] ?? '';
}

/**
 * Several submissions' scores side by side: one line each.
 * @param {Result[]} results
 */
export function formatSummary(results) {
  const names = results[0]?.functions.map((f) => f.name) ?? [];
  const header = ['submission', ...names, 'total', '%'];
  const rows = results.map((r) => [
    r.submission ?? '',
    ...r.functions.map((f) => String(f.points)),
    `${r.score.points}/${r.score.possible}`,
    `${r.score.percent}`,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => cellAt(row, i).length)),
  );
  /** @param {string[]} cells */
  const line = (cells) => `  ${cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join('  ')}`;
  return [line(header), ...rows.map(line)].join('\n');
}

/** The longest failure message a student sees. */
export const MESSAGE_CAP = 800;

const QUOTED = 'the message quotes a hidden test, so it is not shown';

/**
 * `text` cut to `cap` characters, saying how much was cut.
 * @param {unknown} text
 */
export function capMessage(text, cap = MESSAGE_CAP) {
  const s = String(text ?? '');
  return s.length <= cap ? s : `${s.slice(0, cap)}… (${s.length - cap} more characters)`;
}

/** @param {Row} f */
function hiddenLine(f) {
  const h = f.tests.hidden;
  return h ? `hidden tests: ${h.passed} of ${h.total} passed` : '';
}

/**
 * The student's view of a teacher's result: visible failures in full (each
 * message capped), hidden tests only as counts and a redacted line.
 * @param {Result} result
 * @returns {Result & { functions: (Row & { hiddenFailed: number })[] }}
 */
export function feedbackView(result, cap = MESSAGE_CAP) {
  const functions = result.functions.map((f) => {
    const visible = (f.failures ?? [])
      .filter((x) => !x.hidden)
      .map((x) => ({ ...x, message: x.quotesHidden ? QUOTED : capMessage(x.message, cap) }));
    const hiddenFailed = (f.failures ?? []).filter((x) => x.hidden).length;
    const firstHidden = String(f.failedTest ?? '').startsWith('hidden test ');
    const loadErrors = (f.loadErrors ?? []).map((x) =>
      x.hidden
        ? { file: 'a hidden test file', hidden: true, message: 'could not load (details hidden)' }
        : { ...x, message: x.quotesHidden ? QUOTED : capMessage(x.message, cap) },
    );
    if (f.judged) {
      // Judge verdicts are texts the judge wrote (a category and a maximum error), never
      // anything the student's run printed: hidden cases show their number and category.
      const judgedFailures = (f.failures ?? []).map((x) => ({
        file: x.file,
        hidden: x.hidden,
        test: x.test,
        message: x.message,
      }));
      return {
        ...f,
        reason: capMessage(f.reason, cap),
        failures: judgedFailures,
        hiddenFailed: 0,
        loadErrors: [],
      };
    }
    const redacted = firstHidden || (f.loadErrors?.[0]?.hidden && f.status === 'fail');
    return {
      ...f,
      reason: redacted
        ? `a hidden test failed (${hiddenLine(f)}); hidden tests are not shown`
        : f.reasonQuotesHidden
          ? QUOTED
          : capMessage(f.reason, cap),
      ...(f.failedTest ? { failedTest: firstHidden ? 'a hidden test' : f.failedTest } : {}),
      failures: visible,
      hiddenFailed,
      loadErrors,
    };
  });
  const { teacherNotes: _teacherOnly, ...shown } = result;
  return { ...shown, functions, notes: result.notes.map((n) => capMessage(n, cap)) };
}

/**
 * The student's feedback as text: the table, then every visible failure.
 * @param {Result} result
 * @param {number} [width]
 */
export function formatFeedback(result, width) {
  const view = feedbackView(result);
  const out = [formatScore(view, width)];
  for (const f of view.functions) {
    if (f.status === 'pass') continue;
    out.push('', `${f.name}:`);
    for (const x of f.failures)
      out.push(`  ${x.file} › ${x.test}`, `    ${x.message.split('\n').join('\n    ')}`);
    if (f.hiddenFailed > 0) out.push(`  ${f.hiddenFailed} hidden test(s) failed; ${hiddenLine(f)}`);
  }
  return out.join('\n');
}

/**
 * A Gradescope-style `results.json` for one submission, in the student's view:
 * one test entry per graded function.
 * @param {Result} result
 */
export function gradescopeResult(result) {
  const view = feedbackView(result);
  return {
    score: view.score.points,
    max_score: view.score.possible,
    execution_time: result.seconds ?? 0,
    output: view.notes.join('\n'),
    tests: view.functions.map((f) => {
      const lines = [
        `${f.status === 'pass' ? 'passed' : `${f.status}: ${f.reason}`}`,
        f.tests.total === 0
          ? 'no test ran'
          : `visible tests: ${f.tests.visible?.passed ?? f.tests.passed} of ${f.tests.visible?.total ?? f.tests.total} passed`,
        f.tests.total === 0 ? '' : hiddenLine(f),
        ...f.failures.map((x) => `${x.file} › ${x.test}\n  ${x.message}`),
      ].filter(Boolean);
      return {
        name: f.name,
        score: f.points,
        max_score: f.possible,
        status: f.status === 'pass' ? 'passed' : 'failed',
        output: lines.join('\n'),
        visibility: 'visible',
      };
    }),
  };
}

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP recommends against
 * CSV injection; numbers stay numbers.
 * @param {unknown} value
 */
export function csvCell(value) {
  let s = String(value ?? '');
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV summary: one row per submission, points per function, total, and whether it was graded.
 * @param {Result[]} results
 * @param {(result: Result) => boolean} [isUngraded]
 */
export function formatCsv(results, isUngraded = () => false) {
  const names = results[0]?.functions.map((f) => f.name) ?? [];
  /** @type {(string | number)[][]} */
  const rows = [['submission', ...names, 'points', 'possible', 'percent', 'graded']];
  for (const r of results) {
    rows.push([
      r.submission ?? '',
      ...r.functions.map((f) => f.points),
      r.score.points,
      r.score.possible,
      r.score.percent,
      isUngraded(r) ? 'no' : 'yes',
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
