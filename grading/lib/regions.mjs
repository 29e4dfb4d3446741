// @ts-check
// Solution regions in TypeScript source, found with the TypeScript compiler API.
//
// A solution region is the part of a graded function's body between a line
// `// BEGIN SOLUTION` and a line `// END SOLUTION`. This module finds each
// region and the named function around it, replaces regions with TODO stubs
// (student form), removes the markers (working dependency form), and swaps whole
// function bodies between two versions of a file (teacher grading).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {typeof import('typescript')} */
const ts = require('typescript');

/** @typedef {import('typescript').Node} Node */
/**
 * A function-like node that may have a body.
 * @typedef {import('typescript').FunctionDeclaration | import('typescript').MethodDeclaration
 *   | import('typescript').ArrowFunction | import('typescript').FunctionExpression} FunctionNode
 */

/**
 * Where a named function sits in a file's text (offsets; the body range covers the braces).
 * @typedef {{ start: number, end: number, bodyStart: number, bodyEnd: number,
 *   exported: boolean }} FunctionBody
 */

/**
 * A solution region (see `findRegions`).
 * @typedef {{ functionName: string, start: number, end: number, line: number, indent: string,
 *   solution: string }} Region
 */

export const BEGIN_MARKER = '// BEGIN SOLUTION';
export const END_MARKER = '// END SOLUTION';
const BEGIN_LINE = /^[ \t]*\/\/[ \t]*BEGIN SOLUTION\b.*$/;
const END_LINE = /^[ \t]*\/\/[ \t]*END SOLUTION\b.*$/;

/** The 0-based line index of every line start, so offsets map to lines. @param {string} text */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** @param {string} text @param {number} start */
function lineEnd(text, start) {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * The marker lines of `text`, paired, as `{ beginLine, endLine }` (0-based line numbers).
 * @param {string} text @param {string} label names the text in error messages
 */
export function markerPairs(text, label) {
  const lines = text.split('\n');
  /** @type {{ beginLine: number, endLine: number }[]} */
  const pairs = [];
  /** @type {number | undefined} */
  let open;
  lines.forEach((line, i) => {
    if (BEGIN_LINE.test(line)) {
      if (open !== undefined) {
        throw new Error(
          `${label}:${i + 1}: BEGIN SOLUTION inside the region opened on line ${open + 1}`,
        );
      }
      open = i;
    } else if (END_LINE.test(line)) {
      if (open === undefined)
        throw new Error(`${label}:${i + 1}: END SOLUTION without BEGIN SOLUTION`);
      pairs.push({ beginLine: open, endLine: i });
      open = undefined;
    }
  });
  if (open !== undefined) throw new Error(`${label}:${open + 1}: BEGIN SOLUTION is never closed`);
  return pairs;
}

/**
 * Files parsed lately, by name and text. Grading reads the same reference and handed-out
 * files for every submission and every function, and parsing them again each time was a
 * large part of a grading worker's own work. The trees are only read, never changed, so
 * one parse serves every call. Like judge.mjs's cache of compiled files, it starts again
 * when full: here at PARSED_CHARS characters of text; a larger file is parsed, not kept.
 * @type {Map<string, import('typescript').SourceFile>}
 */
const parsed = new Map();
const PARSED_CHARS = 1_000_000;
let parsedChars = 0;

/** @param {string} text @param {string} fileName */
function parse(text, fileName) {
  const key = `${fileName}\0${text}`;
  const kept = parsed.get(key);
  if (kept) return kept;
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  if (text.length > PARSED_CHARS) return source;
  if (parsedChars + text.length > PARSED_CHARS) {
    parsed.clear();
    parsedChars = 0;
  }
  parsed.set(key, source);
  parsedChars += text.length;
  return source;
}

/**
 * The name of a function-like node, or undefined for an anonymous callback.
 * @param {Node} node
 */
function functionName(node) {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node.name?.getText();
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      return parent.name.text;
    }
    if (ts.isFunctionExpression(node) && node.name) return node.name.text;
  }
  return undefined;
}

/** @param {Node} node @returns {node is FunctionNode} */
function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

/**
 * Visits `root` and its descendants in source order, without recursion (a chain of
 * thousands of `+` would overflow the stack). `visit` returning false skips a node's
 * children.
 * @param {Node} root
 * @param {(node: Node) => boolean | void} visit
 */
export function walk(root, visit) {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (visit(node) === false) continue;
    /** @type {Node[]} */
    const children = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(/** @type {Node} */ (children[i]));
  }
}

/**
 * Every named function with a block body: `name -> { start, end, bodyStart, bodyEnd }`
 * (offsets into the text; the body range covers the braces). Overload signatures,
 * which have no body, are skipped. A name defined twice keeps the first.
 * @param {string} text @param {string} fileName
 */
export function functionBodies(text, fileName) {
  const source = parse(text, fileName);
  /** @type {Map<string, FunctionBody>} */
  const found = new Map();
  /** @param {Node} node */
  const visit = (node) => {
    if (isFunctionLike(node) && node.body && ts.isBlock(node.body)) {
      const name = functionName(node);
      if (name && !found.has(name)) {
        found.set(name, {
          start: node.getStart(source),
          end: node.end,
          bodyStart: node.body.getStart(source),
          bodyEnd: node.body.end,
          exported: isExported(node),
        });
      }
    }
  };
  walk(source, visit);
  return found;
}

/** @param {FunctionNode} node */
function isExported(node) {
  const holder = ts.isFunctionDeclaration(node)
    ? node
    : node.parent?.parent?.parent && ts.isVariableStatement(node.parent.parent.parent)
      ? node.parent.parent.parent
      : undefined;
  return Boolean(
    holder?.modifiers?.some((/** @type {Node} */ m) => m.kind === ts.SyntaxKind.ExportKeyword),
  );
}

/**
 * The innermost named function whose body contains `offset`.
 * @param {import('typescript').SourceFile} source @param {number} offset
 */
function enclosingFunction(source, offset) {
  /** @type {string | undefined} */
  let best;
  /** @param {Node} node */
  const visit = (node) => {
    if (offset < node.getStart(source) || offset >= node.end) return false;
    if (isFunctionLike(node) && node.body && ts.isBlock(node.body)) {
      const name = functionName(node);
      if (name && offset > node.body.getStart(source)) best = name;
    }
    return true;
  };
  walk(source, visit);
  return best;
}

/**
 * The solution regions of one file, in order. Each is
 * `{ functionName, start, end, indent, solution }`: `start`/`end` span the whole
 * marker lines (BEGIN line through END line, newline included), `indent` is the
 * BEGIN line's indentation, and `solution` is the code between the markers.
 *
 * @throws Error naming the file and line for unpaired markers or a region outside
 *   any named function.
 * @param {string} text @param {string} fileName
 * @returns {Region[]}
 */
export function findRegions(text, fileName) {
  const pairs = markerPairs(text, fileName);
  if (pairs.length === 0) return [];
  const source = parse(text, fileName);
  const starts = lineStarts(text);
  return pairs.map(({ beginLine, endLine }) => {
    const start = lineStart(starts, beginLine);
    const end = lineEnd(text, lineStart(starts, endLine));
    const name = enclosingFunction(source, start);
    if (!name) {
      throw new Error(
        `${fileName}:${beginLine + 1}: a solution region must sit inside a named function's body`,
      );
    }
    const beginText = text.slice(start, lineEnd(text, start));
    return {
      functionName: name,
      start,
      end,
      line: beginLine + 1,
      indent: /^[ \t]*/.exec(beginText)?.[0] ?? '',
      solution: text.slice(lineEnd(text, start), lineStart(starts, endLine)),
    };
  });
}

/**
 * The offset of line `line` (0-based), from `lineStarts`.
 * @param {number[]} starts @param {number} line
 */
function lineStart(starts, line) {
  const at = starts[line];
  if (at === undefined) throw new Error(`regions: no line ${line + 1}`);
  return at;
}

/**
 * Student form: each region's code becomes one `throw` line, kept between the
 * markers so the student sees where to write. `messageFor(functionName)` gives
 * the error text.
 * @param {string} text @param {string} fileName
 * @param {(functionName: string) => string} messageFor
 */
export function stubRegions(text, fileName, messageFor) {
  const regions = findRegions(text, fileName);
  let out = text;
  for (const region of [...regions].reverse()) {
    const literal = singleQuoted(messageFor(region.functionName));
    const oneLine = `${region.indent}throw new Error(${literal});`;
    const body =
      oneLine.length <= 100
        ? oneLine
        : `${region.indent}throw new Error(\n${region.indent}  ${literal},\n${region.indent});`;
    const stub = `${region.indent}${BEGIN_MARKER}\n${body}\n${region.indent}${END_MARKER}\n`;
    out = out.slice(0, region.start) + stub + out.slice(region.end);
  }
  return { text: out, regions };
}

/** A single-quoted TypeScript string literal, as the house style writes them. @param {string} value */
function singleQuoted(value) {
  const escaped = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
  return `'${escaped}'`;
}

/**
 * Working-dependency form: the marker lines removed, the code between them kept.
 * @param {string} text @param {string} fileName
 */
export function stripMarkers(text, fileName) {
  const regions = findRegions(text, fileName);
  let out = text;
  for (const region of [...regions].reverse()) {
    out = out.slice(0, region.start) + region.solution + out.slice(region.end);
  }
  return out;
}

/**
 * Replaces the bodies of the named functions in `text` with the given bodies
 * (`name -> body text`, braces included). Names not defined in `text` are
 * left alone; `replaced` lists the names that were replaced.
 * @param {string} text @param {string} fileName @param {Map<string, string>} bodies
 */
export function replaceFunctionBodies(text, fileName, bodies) {
  const found = functionBodies(text, fileName);
  /** @type {{ start: number, end: number, body: string }[]} */
  const edits = [];
  /** @type {string[]} */
  const replaced = [];
  for (const [name, body] of bodies) {
    const at = found.get(name);
    if (!at) continue;
    edits.push({ start: at.bodyStart, end: at.bodyEnd, body });
    replaced.push(name);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.body + out.slice(edit.end);
  return { text: out, replaced };
}

/**
 * The body text (braces included) of each named function in `text`.
 * @param {string} text @param {string} fileName @param {Iterable<string>} names
 */
export function bodiesOf(text, fileName, names) {
  const found = functionBodies(text, fileName);
  /** @type {Map<string, string>} */
  const bodies = new Map();
  for (const name of names) {
    const at = found.get(name);
    if (at) bodies.set(name, text.slice(at.bodyStart, at.bodyEnd));
  }
  return bodies;
}

/**
 * The names passed to `describe(...)` calls in a test file, at any depth, in
 * source order. Only string-literal names count; `describe.skip` and friends are
 * included. Grading attributes a test to the outermost describe named after a
 * graded function.
 * @param {string} text @param {string} fileName
 */
export function describeNames(text, fileName) {
  const source = parse(text, fileName);
  /** @type {string[]} */
  const names = [];
  /** @param {Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node) && /^describe(\.\w+)*$/.test(node.expression.getText(source))) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        names.push(first.text);
      }
    }
  };
  walk(source, visit);
  return names;
}

/**
 * TypeScript's syntax errors for a file (not type errors), as
 * `file:line:col: message` strings.
 * @param {string} text @param {string} fileName
 */
export function syntaxErrors(text, fileName) {
  const source = parse(text, fileName);
  // `parseDiagnostics` is the parser's own list, which the public type does not declare.
  const { parseDiagnostics } =
    /** @type {{ parseDiagnostics: import('typescript').Diagnostic[] }} */ (
      /** @type {unknown} */ (source)
    );
  return parseDiagnostics.map((d) => {
    const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    return `${fileName}:${line + 1}:${character + 1}: ${message}`;
  });
}
