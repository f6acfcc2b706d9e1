// Writes the JavaScript of bindings-wasm/README.md and of the root README (every ```js block and
// the module script of every ```html block) into tests/types/readme/, one ES module each, for
// `tsc --strict` with checkJs (tests/types/tsconfig.readme*.json, run by scripts/test-wasm.sh).
// The names a snippet takes from its surroundings (`baseUrl`, an Express `app`) are declared
// once in tests/types/readme-context.d.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const crateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(crateDir, 'tests', 'types', 'readme');

/**
 * The code of every ```js block, and of the module script of every ```html block (a page's:
 * `browser`, checked under the DOM tsconfig only).
 */
export function snippets(markdown) {
  const found = [];
  for (const [, lang, body] of markdown.matchAll(/^```(js|html)\n([\s\S]*?)^```$/gm)) {
    if (lang === 'js') found.push({ code: body, browser: false });
    else for (const [, script] of body.matchAll(/<script type="module">\n([\s\S]*?)<\/script>/g)) found.push({ code: script, browser: true });
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let count = 0;
  for (const [name, file] of [['package', path.join(crateDir, 'README.md')], ['root', path.join(crateDir, '..', 'README.md')]]) {
    snippets(fs.readFileSync(file, 'utf8')).forEach(({ code, browser }, i) => {
      // `export {}`: every snippet is a module of its own, as the README tells readers to save it.
      const base = `${name}-${i}${browser ? '.browser' : ''}.mjs`;
      fs.writeFileSync(path.join(out, base), `// ${path.relative(crateDir, file)}, snippet ${i}\n${code}export {};\n`);
      count += 1;
    });
  }
  console.log(`${count} README snippets in ${path.relative(process.cwd(), out)}`);
}
