/**
 * The rules of the tree that no compiler checks: where user-facing Vietnamese text may live, how flat src/core
 * stays, and that the core names no Apps Script or Node API (tsconfig.core.json checks the types; this checks
 * the names, which `any` could hide).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const sourceFiles = execSync('git ls-files --cached --others --exclude-standard src', { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts'));

/** A Vietnamese letter: a vowel with a diacritic, or đ. Plain ASCII words ("Email", "TT") are not user text. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;

/**
 * Where user-facing text lives: each feature's `messages.ts` (one object named `<FEATURE>_TEXT`), the shared
 * `src/core/messages.ts`, the schema (tab and column names), the plan's catalog and the sample's typed entries.
 */
function isHome(file: string): boolean {
  return (
    /(^|\/)messages\.ts$/.test(file) ||
    file === 'src/core/sheet/schema.ts' ||
    file.startsWith('src/core/plan/catalog/') ||
    file.startsWith('src/core/sample/')
  );
}

/** String literals and template parts (not comments) that carry Vietnamese, with their line numbers. */
function vietnameseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2020, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      VIETNAMESE.test(node.text)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line} ${JSON.stringify(node.text.slice(0, 60))}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text has one home per feature', () => {
  test('the scanner sees Vietnamese in a literal and not in a comment', () => {
    expect(VIETNAMESE.test('Đạt')).toBe(true);
    expect(VIETNAMESE.test('Email TT 100%')).toBe(false);
    expect(sourceFiles.length).toBeGreaterThan(50);
  });

  test('no Vietnamese string outside messages.ts, the schema, the catalog and the sample', () => {
    const stray = sourceFiles.filter((f) => !isHome(f)).flatMap((f) => vietnameseLiterals(f));
    expect(stray).toEqual([]);
  });

  test('each messages.ts exports one object named <FEATURE>_TEXT', () => {
    for (const file of sourceFiles.filter((f) => /(^|\/)messages\.ts$/.test(f))) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const exported = [...text.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
      expect({ file, exported }).toEqual({ file, exported: [expect.stringMatching(/^[A-Z_]+_TEXT$/)] });
    }
  });
});

describe('the core', () => {
  const core = join(ROOT, 'src/core');

  test('has at most 6 files directly in src/core (shared basics); everything else is in a feature folder', () => {
    const top = readdirSync(core).filter((n) => statSync(join(core, n)).isFile());
    expect(top.length).toBeLessThanOrEqual(6);
  });

  test('names no Apps Script service, no Node module and no Node global', () => {
    const forbidden =
      /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|GmailApp|ScriptApp|PropertiesService|LockService|HtmlService|UrlFetchApp|Utilities|Session|CacheService|Buffer|process\.|require\()|from 'node:|from '(fs|path|child_process|os)'/;
    const offenders = sourceFiles
      .filter((f) => f.startsWith('src/core/'))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, ''), at: `${f}:${i + 1}` }))
          .filter(({ line }) => forbidden.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
