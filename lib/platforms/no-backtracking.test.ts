import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

/**
 * No recogniser may backtrack (security review M2): every regular expression the recognisers
 * can run is read from their source and proved linear by recheck's automaton checker, which
 * decides from the pattern alone, with no clock, so a busy machine cannot change the answer. A
 * pattern it cannot decide fails the check. The one library they call with a person's text,
 * libphonenumber-js, is not read here: it refuses more than 250 characters itself. How long a
 * reading takes is the bench's business (bench/recognisers.ts).
 */

type Pattern = { source: string; flags: string; where: string };

const platformsDir = path.join(process.cwd(), 'lib/platforms');

/** The recognisers, the entry point and the phone reader; whatever they import is followed. */
const roots = [
  path.join(platformsDir, 'recognise.ts'),
  path.join(platformsDir, 'phone-numbers.ts'),
  ...readdirSync(path.join(platformsDir, 'recognisers'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(platformsDir, 'recognisers', name)),
];

/**
 * Every pattern in the roots and the project modules they import, read with the TypeScript
 * compiler: each regular-expression literal, and each `RegExp(...)` (or string given to match,
 * matchAll or search) whose text can be worked out from the source: string literals, templates
 * and `+` over constants, and a function's parameter through every call of that function. Any
 * pattern whose text cannot be worked out is listed in `unread`, so the check fails rather than
 * skipping it.
 */
function collectPatterns(rootFiles: readonly string[]): { patterns: Pattern[]; files: string[]; unread: string[] } {
  const { config } = ts.readConfigFile(path.join(process.cwd(), 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent({ ...config, include: [] }, ts.sys, process.cwd());
  const program = ts.createProgram(rootFiles, { ...options, incremental: false, noEmit: true });
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !file.fileName.includes('/node_modules/'));
  const patterns: Pattern[] = [];
  const unread: string[] = [];

  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${path.relative(process.cwd(), file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const product = (lefts: string[], rights: string[]) => lefts.flatMap((left) => rights.map((right) => left + right));
  const declared = (name: ts.Node) => {
    const symbol = checker.getSymbolAtLocation(name);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const calls = (of: ts.Symbol): ts.CallExpression[] => {
    const found: ts.CallExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && declared(node.expression) === of) found.push(node);
      ts.forEachChild(node, visit);
    };
    files.forEach(visit);
    return found;
  };

  /** Every text `expression` can have, or an error naming what could not be worked out. */
  const texts = (expression: ts.Expression, depth = 0): string[] => {
    if (depth > 20) throw new Error(`too deep at ${where(expression)}`);
    if (ts.isStringLiteralLike(expression)) return [expression.text];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
      return texts(expression.expression, depth + 1);
    }
    if (ts.isTemplateExpression(expression)) {
      return expression.templateSpans.reduce(
        (heads, span) => product(product(heads, texts(span.expression, depth + 1)), [span.literal.text]),
        [expression.head.text],
      );
    }
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return product(texts(expression.left, depth + 1), texts(expression.right, depth + 1));
    }
    const declaration = ts.isIdentifier(expression) ? declared(expression)?.valueDeclaration : undefined;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      return texts(declaration.initializer, depth + 1);
    }
    if (declaration && ts.isParameter(declaration)) {
      const fn = declaration.parent;
      const index = fn.parameters.indexOf(declaration);
      const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined;
      const fnSymbol = name && declared(name);
      const sites = fnSymbol ? calls(fnSymbol) : [];
      if (sites.length === 0) throw new Error(`no call gives ${expression.getText()} at ${where(expression)}`);
      return sites.flatMap((site) => {
        const argument = site.arguments[index] ?? declaration.initializer;
        if (!argument) throw new Error(`${expression.getText()} left out at ${where(site)}`);
        return texts(argument, depth + 1);
      });
    }
    throw new Error(`cannot read ${expression.getText()} at ${where(expression)}`);
  };

  const add = (node: ts.Node, read: () => { sources: string[]; flags: string[] }) => {
    try {
      const { sources, flags } = read();
      for (const source of sources) for (const flag of flags) patterns.push({ source, flags: flag, where: where(node) });
    } catch (error) {
      unread.push(`${where(node)}: ${(error as Error).message}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      patterns.push({ source: node.text.slice(1, end), flags: node.text.slice(end + 1), where: where(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [source, flags] = node.arguments ?? [];
      add(node, () => ({ sources: source ? texts(source) : [''], flags: flags ? texts(flags) : [''] }));
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
      node.arguments[0] &&
      checker.getTypeAtLocation(node.arguments[0]).getSymbol()?.getName() !== 'RegExp'
    ) {
      // A string given to match, matchAll or search is made into a RegExp.
      const [source] = node.arguments;
      add(node, () => ({ sources: texts(source), flags: [''] }));
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return { patterns, files: files.map((file) => path.relative(process.cwd(), file.fileName)), unread };
}

/**
 * The pattern with every counted repeat ({11}, {1,30}, {3,}) made unbounded: + or, from zero, *.
 * The automaton checker unrolls counted repeats, which at {1,200} takes it minutes and gigabytes;
 * an unbounded repeat matches all the counted one does, in at least as many ways, so a pattern
 * that is linear this way is linear as written.
 */
function uncounted(source: string): string {
  let out = '';
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const rest = source.slice(at);
    // An escape is copied whole, with the braces of \p{L} or \u{1F600}.
    const escape = /^\\(?:[pPu]\{[^}]*\}|[^])/.exec(rest)?.[0];
    const counted = inClass ? undefined : /^\{(\d+)(?:,\d*)?\}/.exec(rest);
    if (escape) out += escape;
    else if (counted) out += counted[1] === '0' ? '*' : '+';
    else {
      if (rest[0] === '[') inClass = true;
      if (rest[0] === ']') inClass = false;
      out += rest[0];
    }
    at += (escape ?? counted?.[0] ?? ' ').length - 1;
  }
  return out;
}

/** recheck's automaton checker: decided from the pattern, never by running it against a clock. */
const complexity = (source: string, flags: string) => checkSync(uncounted(source), flags, { checker: 'automaton', timeout: null });

/**
 * Every RegExp the recognisers' modules build with the constructor as they load (route tables,
 * handle rules), recorded by standing in for RegExp while they are imported afresh: what the
 * reading of the source above has to find.
 */
async function builtOnLoad(): Promise<string[]> {
  const built: string[] = [];
  const original = globalThis.RegExp;
  const record = (made: RegExp) => {
    if (new Error().stack?.includes(platformsDir)) built.push(String(made));
    return made;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    vi.resetModules();
    await import('./recognise');
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

const { patterns, files, unread } = collectPatterns(roots);
const unique = [...new Map(patterns.map((pattern) => [`/${pattern.source}/${pattern.flags}`, pattern])).values()];

describe('no recogniser pattern can backtrack super-linearly (security review M2)', () => {
  it('reads the text of every pattern the recognisers and what they import use', () => {
    expect(unread).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['lib/platforms/recognise.ts', 'lib/platforms/phone-numbers.ts']));
    // A pattern built from a parameter, read through every call: facebook's profile path and handle.
    expect(unique.map(({ source }) => source)).toEqual(expect.arrayContaining(['^/(?<user>[A-Za-z0-9.]{4,50})$', '^[A-Za-z0-9.]{4,50}$']));
  });

  it('has read every pattern the recognisers build as they load', async () => {
    const read = new Set(unique.map(({ source, flags }) => `${new RegExp(source, flags)}`));
    const built = await builtOnLoad();
    expect(built.length).toBeGreaterThan(40);
    expect(built.filter((pattern) => !read.has(pattern))).toEqual([]);
  });

  it('checks counted repeats as unbounded ones, leaving escapes and character classes as written', () => {
    expect(uncounted('^a{2,5}b{0,3}?c{11}d{3,}[{1,2}]\\{3}\\p{L}{0,4}\\u{10}{1}$')).toBe('^a+b*?c+d+[{1,2}]\\{3}\\p{L}*\\u{10}+$');
  });

  it('would catch the quadratic pattern M2 found in looksLikeLink', { timeout: 60_000 }, () => {
    const found = complexity('^([^/?#@]+\\.[^/?#@]+)([/?#].*)?$', '');
    expect(found).toMatchObject({ status: 'vulnerable', complexity: { type: 'polynomial', degree: 2 } });
    expect(complexity('^(a|a)*$', '')).toMatchObject({ status: 'vulnerable', complexity: { type: 'exponential' } });
  });

  const named = unique.map((pattern) => [`/${pattern.source}/${pattern.flags} (${pattern.where})`, pattern] as const);
  it.each(named)('%s runs in linear time', { timeout: 60_000 }, (_name, { source, flags }) => {
    const found = complexity(source, flags);
    if (found.status === 'unknown') expect.fail(`recheck cannot decide it: ${JSON.stringify(found.error)}`);
    expect(found.status === 'vulnerable' ? `${found.complexity.summary}: ${found.attack.pattern}` : found.status).toBe('safe');
  });
});
