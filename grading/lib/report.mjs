// The score: one row per graded function, a total, and notes. Printed as a
// table for people and as JSON for learning-management systems. Used both by
// `pnpm grade` in a student workspace (this file is copied there) and by the
// teacher's `pnpm assignment grade`.
import { firstLine } from './runner.mjs';

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
 * @param info `{ assignment, stage, hiddenTests (bool), submission?, functions
 *   ([{ name, points }] in order), runs (Map name -> runGroup result), notes? }`
 */
export function score(info) {
  const functions = info.functions.map((fn) => {
    const run = info.runs.get(fn.name);
    const status = run?.status ?? 'not-run';
    const row = {
      name: fn.name,
      points: status === 'pass' ? fn.points : 0,
      possible: fn.points,
      status,
      tests: { passed: run?.passed ?? 0, total: run?.total ?? 0 },
      reason: status === 'pass' ? '' : (run?.reason ?? 'not run'),
      ...(run?.failedTest && status !== 'pass' ? { failedTest: run.failedTest } : {}),
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

function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

function clip(text, width) {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** The score as a table, `width` columns wide at most. */
export function formatScore(result, width = process.stdout.columns || 120) {
  const hidden = result.tests === 'visible and hidden';
  const testCell = (f) =>
    hidden
      ? `${f.tests.visible.passed}/${f.tests.visible.total}  ${f.tests.hidden.passed}/${f.tests.hidden.total}`
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
    Math.max(h.length, totalRow[i].length, ...rows.map((r) => r[i].length)),
  );
  const line = (cells, rest = '') => {
    const text = cells.map((c, i) => pad(c, widths[i], i === 1)).join('   ');
    return rest ? `  ${text}   ${rest}` : `  ${text}`.trimEnd();
  };
  const used = widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 2;
  const room = Math.max(30, width - used);
  const out = [];
  out.push(`${result.assignment} (${result.stage}): ${result.tests} tests`);
  if (result.submission !== undefined) out.push(`submission: ${result.submission}`);
  out.push('');
  out.push(line(header, 'first failure'));
  result.functions.forEach((f, i) => {
    out.push(line(rows[i], f.status === 'pass' ? '' : clip(firstLine(f.reason), room)));
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
  return out.join('\n');
}

/** Several submissions' scores side by side: one line each. */
export function formatSummary(results) {
  const names = results[0]?.functions.map((f) => f.name) ?? [];
  const header = ['submission', ...names, 'total', '%'];
  const rows = results.map((r) => [
    r.submission ?? '',
    ...r.functions.map((f) => String(f.points)),
    `${r.score.points}/${r.score.possible}`,
    `${r.score.percent}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => pad(c, widths[i], i > 0)).join('  ')}`;
  return [line(header), ...rows.map(line)].join('\n');
}
