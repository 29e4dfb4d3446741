// @ts-check
// A static screen over a submission's sources, read with the TypeScript
// compiler API. It finds what a stage's code never needs and a hostile
// submission does: imports beyond the ones the assignment provides, the
// module system and the host (`require`, `import()`, `import.meta`, `process`,
// `globalThis`), the test runner, code built from strings (`eval`,
// `Function`, `.constructor`), TensorFlow.js's kernel registry, and writes to
// built-ins or imported modules. It also finds calls to a function's
// forbidden library answer (`forbid` in the stage's configuration).
//
// Each finding says which graded functions it affects: one inside the body of
// graded function G affects only G (the other functions' runs replace that
// body with the reference), one anywhere else affects every function.
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { functionBodies } from './regions.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('typescript')} */
const ts = require('typescript');

/** @typedef {import('typescript').Node} Node */
/** @typedef {import('typescript').Identifier} Identifier */

/**
 * What the screen found in one place.
 * @typedef {object} Finding
 * @property {string} file
 * @property {number} line
 * @property {number} column
 * @property {'refused' | 'forbidden'} rule
 * @property {string} message
 * @property {string | undefined} affects the one graded function whose body holds it, or
 *   undefined (all of them)
 * @property {string} [forbiddenFor] the function whose exercise a forbidden call is
 */

/** Globals a stage's code has no use for; reaching them is how a submission escapes. */
const REFUSED_GLOBALS = new Set([
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'process',
  'globalThis',
  'global',
  'window',
  'self',
  'eval',
  'Function',
  'Reflect',
  'Proxy',
  'WebAssembly',
  'Worker',
  'SharedArrayBuffer',
  'Atomics',
  'FinalizationRegistry',
  'WeakRef',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'importScripts',
  'Deno',
  'Bun',
  'setImmediate',
  'atob',
  'unescape',
  'decodeURI',
  'decodeURIComponent',
  'vi',
  'vitest',
  'expect',
  'describe',
  'it',
  'test',
  'suite',
  'beforeAll',
  'beforeEach',
  'afterAll',
  'afterEach',
  'onTestFailed',
  'onTestFinished',
]);

/**
 * Property names that lead from ordinary values to code built from strings, to
 * prototypes, to the host, or to TensorFlow.js's kernel and backend registries.
 */
const REFUSED_PROPERTIES = new Set([
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'caller',
  'callee',
  'defineProperty',
  'defineProperties',
  'setPrototypeOf',
  'getPrototypeOf',
  'getOwnPropertyDescriptor',
  'getOwnPropertyDescriptors',
  'stdout',
  'stderr',
  'binding',
  'mainModule',
  'fromCharCode',
  'fromCodePoint',
  'engine',
  'ENGINE',
  'runKernel',
  'registerKernel',
  'unregisterKernel',
  'getKernel',
  'getKernelsForBackend',
  'registerGradient',
  'unregisterGradient',
  'getGradient',
  'registerBackend',
  'removeBackend',
  'setBackend',
  'findBackend',
  'findBackendFactory',
  'backend',
  'setPlatform',
  'copyRegisteredKernels',
  'env',
]);

/** Names that, spelled out in a string, point at an escape hatch (test runner names do not). */
const SPELLED = new Set(
  [...REFUSED_GLOBALS].filter(
    (name) =>
      ![
        'vi',
        'vitest',
        'expect',
        'describe',
        'it',
        'test',
        'suite',
        'beforeAll',
        'beforeEach',
        'afterAll',
        'afterEach',
        'onTestFailed',
        'onTestFinished',
        'module',
        'exports',
        'self',
        'window',
        'global',
        'fetch',
        'atob',
        'unescape',
        'decodeURI',
        'decodeURIComponent',
      ].includes(name),
  ),
);

/** Built-in objects: reading them is fine, writing to them or aliasing them is not. */
const BUILT_INS = new Set([
  'Math',
  'Number',
  'Object',
  'Array',
  'JSON',
  'String',
  'Boolean',
  'Symbol',
  'BigInt',
  'Promise',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Intl',
  'console',
  'ArrayBuffer',
  'DataView',
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'BigInt64Array',
  'BigUint64Array',
  'isNaN',
  'isFinite',
  'parseFloat',
  'parseInt',
]);

/** Conversion functions that may be passed as callbacks (`values.map(Number)`). */
const CALLBACK_BUILT_INS = new Set(['Number', 'String', 'Boolean']);

const WRITE_OPERATORS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

/**
 * The module a `forbid` entry names: `tf.softmax` is tfjs-core's `softmax`.
 * @param {string} entry
 */
export function parseForbid(entry) {
  const at = entry.lastIndexOf('.');
  if (at <= 0 || at === entry.length - 1) {
    throw new Error(`forbid entry '${entry}' must look like 'tf.softmax' or '<package>.<export>'`);
  }
  const prefix = entry.slice(0, at);
  return {
    entry,
    module: prefix === 'tf' ? '@tensorflow/tfjs-core' : prefix,
    name: entry.slice(at + 1),
  };
}

/** @param {string} rel */
function scriptKind(rel) {
  if (/\.[cm]?js$/.test(rel)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** True when `node` sits in a type, where names cannot run. @param {Node} node */
function inType(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) {
      return true;
    }
    if (ts.isExpression(n) || ts.isStatement(n)) return false;
  }
  return false;
}

/**
 * True when the identifier is a name being declared or a property's name, not a reference.
 * @param {Identifier} id
 */
function isNameOnly(id) {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (ts.isQualifiedName(p)) return true;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isEnumMember(p)) &&
    p.name === id
  ) {
    return true;
  }
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p)) return true;
  if (ts.isNamespaceImport(p) || ts.isLabeledStatement(p)) return true;
  if (ts.isBreakOrContinueStatement(p)) return true;
  return false;
}

/** The identifier at the root of `a.b[c].d`, or undefined. @param {Node} node */
function rootIdentifier(node) {
  let n = node;
  while (
    ts.isPropertyAccessExpression(n) ||
    ts.isElementAccessExpression(n) ||
    ts.isParenthesizedExpression(n) ||
    ts.isNonNullExpression(n) ||
    ts.isAsExpression(n)
  ) {
    n = n.expression;
  }
  return ts.isIdentifier(n) ? n : undefined;
}

/**
 * The property name a node reads, when it is written out: `.x`, `['x']`, `{ x }`.
 * @param {Node} node
 */
function propertyNameOf(node) {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) {
    const arg = node.argumentExpression;
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
    return undefined;
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = node.propertyName ?? node.name;
    if (ts.isIdentifier(key) || ts.isStringLiteral(key)) return key.text;
  }
  return undefined;
}

/** The longest constant string the screen assembles; longer ones count as unknown. */
const MAX_CONSTANT_LENGTH = 4096;

/**
 * The value of a string written out in the code (`'a' + 'b'`, `` `a${'b'}` ``), or
 * undefined. Iterative (a chain of 4,000 `+` does not overflow the stack) and memoised
 * in `memo`, so that asking for every node of a chain costs linear time.
 * @param {Node} node
 * @param {Map<Node, string | undefined>} memo
 * @returns {string | undefined}
 */
function constantString(node, memo = new Map()) {
  const stack = [node];
  while (stack.length > 0) {
    const n = /** @type {Node} */ (stack[stack.length - 1]);
    if (memo.has(n)) {
      stack.pop();
      continue;
    }
    /** @type {Node[]} */
    let parts;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      memo.set(n, n.text.length > MAX_CONSTANT_LENGTH ? undefined : n.text);
      stack.pop();
      continue;
    } else if (ts.isParenthesizedExpression(n)) {
      parts = [n.expression];
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      parts = [n.left, n.right];
    } else if (ts.isTemplateExpression(n)) {
      parts = n.templateSpans.map((span) => span.expression);
    } else {
      memo.set(n, undefined);
      stack.pop();
      continue;
    }
    const pending = parts.filter((p) => !memo.has(p));
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    const values = parts.map((p) => memo.get(p));
    if (values.some((v) => v === undefined)) {
      memo.set(n, undefined);
      continue;
    }
    /** @type {string} */
    let text;
    if (ts.isTemplateExpression(n)) {
      text = n.head.text;
      n.templateSpans.forEach((span, i) => {
        text += values[i] + span.literal.text;
      });
    } else {
      text = values.join('');
    }
    memo.set(n, text.length > MAX_CONSTANT_LENGTH ? undefined : text);
  }
  return memo.get(node);
}

/**
 * True when `node` is part of a larger string written out in the code.
 * @param {Node} node @param {Map<Node, string | undefined>} memo
 */
function insideConstantString(node, memo) {
  const p = node.parent;
  return (
    p !== undefined &&
    (ts.isParenthesizedExpression(p) ||
      (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
      ts.isTemplateSpan(p)) &&
    constantString(ts.isTemplateSpan(p) ? p.parent : p, memo) !== undefined
  );
}

/**
 * The names a binding pattern declares (`a`, `{ a, b: [c] }`), iteratively.
 * @param {import('typescript').BindingName} name @param {Set<string>} into
 */
function bindingNames(name, into) {
  const stack = [name];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) continue;
    if (ts.isIdentifier(n)) into.add(n.text);
    else if (ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) {
      for (const el of n.elements) if (ts.isBindingElement(el)) stack.push(el.name);
    }
  }
}

/**
 * @param {Node} node
 * @returns {node is import('typescript').FunctionLikeDeclaration}
 */
function isFunctionScope(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/**
 * The names declared by the statements of a block or file (not hoisted `var`s).
 * @param {readonly import('typescript').Statement[]} statements @param {Set<string>} into
 */
function statementNames(statements, into) {
  for (const st of statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) bindingNames(d.name, into);
    } else if (
      (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) &&
      st.name
    ) {
      into.add(st.name.text);
    } else if (ts.isImportDeclaration(st) && st.importClause) {
      const clause = st.importClause;
      if (clause.name) into.add(clause.name.text);
      const b = clause.namedBindings;
      if (b && ts.isNamespaceImport(b)) into.add(b.name.text);
      if (b && ts.isNamedImports(b)) for (const el of b.elements) into.add(el.name.text);
    }
  }
}

/**
 * The `var` names hoisted to a function or file: found without entering nested functions.
 * @param {Node} scope @param {Set<string>} into
 */
function hoistedVars(scope, into) {
  /** @type {Node[]} */
  const stack = [];
  ts.forEachChild(scope, (c) => {
    stack.push(c);
  });
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (isFunctionScope(n) || ts.isClassLike(n)) continue;
    if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) {
      for (const d of n.declarations) bindingNames(d.name, into);
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
}

/**
 * The names a scope node declares, cached in `cache`.
 * @param {Node} node @param {Map<Node, Set<string>>} cache
 * @returns {Set<string>}
 */
function scopeNames(node, cache) {
  const cached = cache.get(node);
  if (cached) return cached;
  /** @type {Set<string>} */
  const names = new Set();
  if (ts.isSourceFile(node)) {
    statementNames(node.statements, names);
    hoistedVars(node, names);
  } else if (ts.isBlock(node) || ts.isModuleBlock(node)) {
    statementNames(node.statements, names);
  } else if (ts.isCaseBlock(node)) {
    for (const clause of node.clauses) statementNames(clause.statements, names);
  } else if (isFunctionScope(node)) {
    for (const p of node.parameters) bindingNames(p.name, names);
    if ((ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.name) {
      if (ts.isFunctionExpression(node)) names.add(node.name.text);
    }
    if (node.body) hoistedVars(node.body, names);
  } else if (
    (ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node)) &&
    node.initializer &&
    ts.isVariableDeclarationList(node.initializer)
  ) {
    for (const d of node.initializer.declarations) bindingNames(d.name, names);
  } else if (ts.isCatchClause(node) && node.variableDeclaration) {
    bindingNames(node.variableDeclaration.name, names);
  } else if (ts.isClassExpression(node) && node.name) {
    names.add(node.name.text);
  }
  cache.set(node, names);
  return names;
}

/**
 * True when `id` refers to a declaration in the code itself, not to a global.
 * @param {Identifier} id @param {Map<Node, Set<string>>} cache
 */
function boundLocally(id, cache) {
  for (let n = id.parent; n; n = n.parent) {
    if (scopeNames(n, cache).has(id.text)) return true;
  }
  return false;
}

/**
 * Where a relative import lands, relative to the source folder, or undefined if outside.
 * @param {string} fromRel @param {string} specifier
 */
function relativeTarget(fromRel, specifier) {
  const joined = posix.normalize(posix.join(posix.dirname(fromRel), specifier));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined;
}

/**
 * Screens a submission's source files.
 *
 * @param {Map<string, string>} files `Map(rel -> text)`, paths relative to the submission's
 *   `src/`.
 * @param {{ modules: Set<string>, graded?: Map<string, string>, forbid?: Map<string, string[]>,
 *   budgetMs?: number }} options `modules`: the package names the assignment provides;
 *   `graded`: name -> rel of the file that defines it in the submission; `forbid`: name ->
 *   [entries]; `budgetMs`: the time the screen may take per file (5000)
 * @returns {Finding[]} `[{ file, line, column, rule, message, affects }]`, where `affects` is the
 *   name of the one graded function whose body holds the finding, or undefined (all of them),
 *   and `rule` is `'refused'` or `'forbidden'` (then `forbiddenFor` names the function).
 */
export function screenSources(
  files,
  { modules, graded = new Map(), forbid = new Map(), budgetMs = 5000 },
) {
  const deadline = Date.now() + budgetMs;
  /** @type {Finding[]} */
  const findings = [];
  /** @type {(ReturnType<typeof parseForbid> & { fn: string })[]} */
  const forbidden = [];
  for (const [fn, entries] of forbid) {
    for (const entry of entries) forbidden.push({ fn, ...parseForbid(entry) });
  }
  for (const [rel, text] of files) {
    // Declaration files too: a bundler would run whatever code one holds.
    if (!/\.[cm]?[jt]s$/.test(rel)) continue;
    let source;
    try {
      source = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, scriptKind(rel));
    } catch {
      findings.push({
        file: `src/${rel}`,
        line: 1,
        column: 1,
        rule: 'refused',
        message: 'could not be read by the screen (nested too deeply)',
        affects: undefined,
      });
      continue;
    }
    /** @type {Map<Node, string | undefined>} */
    const memo = new Map();
    /** @type {Map<Node, Set<string>>} */
    const scopes = new Map();
    const bodies = functionBodies(text, rel);
    const gradedHere = [...graded].filter(([, at]) => at === rel).map(([name]) => name);
    /** @param {number} pos */
    const owner = (pos) =>
      gradedHere.find((name) => {
        const at = bodies.get(name);
        return at && pos >= at.bodyStart && pos < at.bodyEnd;
      });
    // Local names bound to imports from packages: `tf` in `import * as tf from ...`.
    /** @type {Map<string, string>} */
    const imported = new Map();
    /**
     * @param {Node} node @param {Finding['rule']} rule @param {string} message
     * @param {{ forbiddenFor?: string }} [extra]
     */
    const add = (node, rule, message, extra = {}) => {
      const pos = node.getStart(source);
      const { line, character } = source.getLineAndCharacterOfPosition(pos);
      findings.push({
        file: `src/${rel}`,
        line: line + 1,
        column: character + 1,
        rule,
        message,
        affects: owner(pos),
        ...extra,
      });
    };
    /** @param {Node} node @param {string} message */
    const refuse = (node, message) => add(node, 'refused', message);

    /** @param {Node} node @param {import('typescript').StringLiteral} specifierNode */
    const checkSpecifier = (node, specifierNode) => {
      const specifier = specifierNode.text;
      if (/[?#!]/.test(specifier) || specifier.startsWith('/') || /^[a-z]+:/i.test(specifier)) {
        refuse(node, `imports '${specifier}': only relative imports and provided packages`);
        return undefined;
      }
      if (specifier.startsWith('.')) {
        if (relativeTarget(rel, specifier) === undefined) {
          refuse(node, `imports '${specifier}', which leaves the submission's src folder`);
        }
        return undefined;
      }
      // A provided package's subpath exports (`@mha/runtime/kernels`) are provided too.
      const packageName = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : /** @type {string} */ (specifier.split('/')[0]);
      if (!modules.has(specifier) && !modules.has(packageName)) {
        const allowed = [...modules].map((m) => `'${m}'`).join(', ');
        refuse(
          node,
          `imports '${specifier}'; a submission may import ${allowed} and its own files`,
        );
        return undefined;
      }
      return specifier;
    };

    /** @param {Node} node @param {string} name @param {string | undefined} module */
    const forbiddenName = (node, name, module) => {
      for (const f of forbidden) {
        if (f.name !== name || (module !== undefined && module !== f.module)) continue;
        add(node, 'forbidden', `calls ${f.entry}, the library's answer, in ${f.fn}'s exercise`, {
          forbiddenFor: f.fn,
        });
      }
    };

    /** @param {Node} node */
    const visit = (node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
        const spec = node.moduleSpecifier;
        if (spec && ts.isStringLiteral(spec)) {
          const module = checkSpecifier(node, spec);
          if (module && ts.isExportDeclaration(node) && !node.isTypeOnly) {
            refuse(node, `re-exports '${module}'; export your own code only`);
          }
          if (module && ts.isImportDeclaration(node)) {
            const clause = node.importClause;
            if (clause?.name) imported.set(clause.name.text, module);
            const bindings = clause?.namedBindings;
            if (bindings && ts.isNamespaceImport(bindings)) {
              imported.set(bindings.name.text, module);
            }
            if (bindings && ts.isNamedImports(bindings)) {
              for (const el of bindings.elements) {
                const name = (el.propertyName ?? el.name).text;
                forbiddenName(el, name, module);
                if (REFUSED_PROPERTIES.has(name)) refuse(el, `imports '${name}' from '${module}'`);
                imported.set(el.name.text, module);
              }
            }
          }
        } else if (spec) {
          refuse(node, 'imports a module named by an expression');
        }
      } else if (ts.isImportEqualsDeclaration(node)) {
        refuse(node, 'uses `import ... = require(...)`');
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword
      ) {
        refuse(node, 'uses dynamic import()');
      } else if (ts.isMetaProperty(node)) {
        refuse(node, `uses ${node.getText(source)}`);
      } else if (ts.isWithStatement?.(node)) {
        refuse(node, 'uses a with statement');
      }

      if (ts.isIdentifier(node) && !isNameOnly(node) && !inType(node)) {
        const name = node.text;
        if (REFUSED_GLOBALS.has(name) && !boundLocally(node, scopes)) {
          refuse(node, `uses '${name}'`);
        } else if (BUILT_INS.has(name) || imported.has(name)) {
          checkValueUse(node, name);
        }
      }

      if (
        !ts.isImportDeclaration(node.parent ?? node) &&
        !ts.isExportDeclaration(node.parent ?? node) &&
        !insideConstantString(node, memo)
      ) {
        const value = ts.isExpression(node) ? constantString(node, memo) : undefined;
        if (value !== undefined && (SPELLED.has(value) || REFUSED_PROPERTIES.has(value))) {
          refuse(node, `spells out '${value}' in a string`);
        }
      }

      const property = propertyNameOf(node);
      if (property !== undefined) {
        if (REFUSED_PROPERTIES.has(property)) refuse(node, `uses '.${property}'`);
        forbiddenName(node, property, undefined);
      }
      if (ts.isElementAccessExpression(node)) {
        const root = rootIdentifier(node.expression);
        if (
          root &&
          (imported.has(root.text) || BUILT_INS.has(root.text)) &&
          node.expression === root &&
          propertyNameOf(node) === undefined
        ) {
          refuse(node, `reads a computed property of '${root.text}'`);
        }
      }
      checkWrite(node);
    };

    /** Built-ins and imported namespaces may be read (`Math.exp`), called or `new`ed, not aliased. */
    /** @param {Identifier} id @param {string} name */
    const checkValueUse = (id, name) => {
      const p = id.parent;
      if (
        (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) &&
        p.expression === id
      )
        return;
      if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === id) return;
      if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword)
        return;
      if (ts.isCallExpression(p) && CALLBACK_BUILT_INS.has(name) && p.arguments.includes(id))
        return;
      if (ts.isTaggedTemplateExpression(p)) return;
      if (imported.has(name) && !ts.isShorthandPropertyAssignment(p) && !ts.isSpreadElement(p)) {
        // A named import used as a value (a function called later, a constant): fine,
        // unless it is a namespace or default import being passed around.
        const module = imported.get(name);
        const isWhole = [...source.statements].some(
          (s) =>
            ts.isImportDeclaration(s) &&
            ts.isStringLiteral(s.moduleSpecifier) &&
            s.moduleSpecifier.text === module &&
            (s.importClause?.name?.text === name ||
              (s.importClause?.namedBindings &&
                ts.isNamespaceImport(s.importClause.namedBindings) &&
                s.importClause.namedBindings.name.text === name)),
        );
        if (!isWhole) return;
      }
      refuse(id, `uses '${name}' as a value; read its members instead (${name}.x)`);
    };

    /** @param {Node} target @param {Node} node */
    const writeTarget = (target, node) => {
      if (ts.isArrayLiteralExpression(target)) {
        for (const el of target.elements) writeTarget(el, node);
        return;
      }
      if (ts.isObjectLiteralExpression(target)) {
        for (const prop of target.properties) {
          if (ts.isPropertyAssignment(prop)) writeTarget(prop.initializer, node);
          else if (ts.isShorthandPropertyAssignment(prop)) writeTarget(prop.name, node);
          else if (ts.isSpreadAssignment(prop)) writeTarget(prop.expression, node);
        }
        return;
      }
      if (ts.isSpreadElement(target)) {
        writeTarget(target.expression, node);
        return;
      }
      const root = rootIdentifier(target);
      if (!root || root === target) {
        if (root && (BUILT_INS.has(root.text) || imported.has(root.text))) {
          refuse(node, `assigns to '${root.text}'`);
        }
        return;
      }
      if (BUILT_INS.has(root.text) || imported.has(root.text)) {
        refuse(node, `writes to '${target.getText(source)}', part of a built-in or an import`);
      }
    };

    /** @param {Node} node */
    const checkWrite = (node) => {
      if (ts.isBinaryExpression(node) && WRITE_OPERATORS.has(node.operatorToken.kind)) {
        writeTarget(node.left, node);
      } else if (
        (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
        (node.operator === ts.SyntaxKind.PlusPlusToken ||
          node.operator === ts.SyntaxKind.MinusMinusToken)
      ) {
        writeTarget(node.operand, node);
      } else if (ts.isDeleteExpression(node)) {
        writeTarget(node.expression, node);
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'Object' &&
        ['assign', 'freeze', 'seal', 'preventExtensions'].includes(node.expression.name.text)
      ) {
        const first = node.arguments[0];
        const root = first && rootIdentifier(first);
        if (root && (BUILT_INS.has(root.text) || imported.has(root.text))) {
          refuse(node, `changes '${root.text}' with Object.${node.expression.name.text}`);
        }
      }
    };

    // Iterative, in source order, with a time budget: no input overflows the stack or
    // stalls the screen; one that exhausts the budget gets a finding saying so.
    /** @type {Node[]} */
    const stack = [source];
    let visited = 0;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      visit(node);
      /** @type {Node[]} */
      const children = [];
      ts.forEachChild(node, (c) => {
        children.push(c);
      });
      for (let i = children.length - 1; i >= 0; i--) stack.push(/** @type {Node} */ (children[i]));
      if (++visited % 2048 === 0 && Date.now() > deadline) {
        findings.push({
          file: `src/${rel}`,
          line: 1,
          column: 1,
          rule: 'refused',
          message: `the screen stopped after ${budgetMs} ms (the file is too large to read in time)`,
          affects: undefined,
        });
        break;
      }
    }
  }
  return findings;
}

/**
 * What the screen's findings cost each graded function.
 *
 * @param findings from `screenSources`
 * @param names the graded functions
 * @param refuse false to only note what was found (configuration `"screen": "note"`)
 * @param {Finding[]} findings
 * @param {string[]} names
 * @returns {Map<string, Finding[]>} `Map(name -> [finding])`: the findings that refuse each function
 */
export function refusals(findings, names, refuse = true) {
  /** @type {Map<string, Finding[]>} */
  const out = new Map(names.map((name) => [name, []]));
  for (const f of findings) {
    if (f.rule === 'forbidden') {
      if (f.affects === undefined || f.affects === f.forbiddenFor)
        out.get(/** @type {string} */ (f.forbiddenFor))?.push(f);
    } else if (refuse) {
      for (const name of names)
        if (f.affects === undefined || f.affects === name) out.get(name)?.push(f);
    }
  }
  return out;
}

/**
 * One line for a finding: `src/softmax.ts:3:1: uses 'process'`.
 * @param {{ file: string, line: number, column: number, message: string }} f
 */
export function describeFinding(f) {
  return `${f.file}:${f.line}:${f.column}: ${f.message}`;
}
