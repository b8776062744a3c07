import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Puts each GraphQL document in the page that uses it. The client preset's `graphql()` looks a
 * document up in one map of every page's documents, so the search page's first download would hold
 * the venue desk's and the district dashboard's too; this replaces each `graphql(`…`)` call with
 * the document it returns, as the preset's Babel plugin does.
 */
export function documentsWhereUsed(srcDir: string): Plugin {
  const generated = join(srcDir, 'graphql', 'graphql.ts');
  let documents: Map<string, string> | null = null;
  return {
    name: 'kepu-documents-where-used',
    enforce: 'pre',
    // Only the build: in development each request gets its own modules, and codegen may rewrite the documents at any time.
    apply: 'build',
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || id.startsWith(join(srcDir, 'graphql')) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      documents ??= documentsIn(readFileSync(generated, 'utf8'));
      return code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const [, kind, name] = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source) ?? [];
        const document = name && documents!.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!document) throw new Error(`No generated document for ${call.slice(0, 60)}… in ${id}: run npm run codegen.`);
        return `(${document})`;
      });
    },
  };
}

/** The generated documents by name: each is one line, `export const NameDocument = {…} as unknown as DocumentNode<…>;`. */
function documentsIn(generated: string): Map<string, string> {
  const found = generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm);
  return new Map([...found].map((match) => [match[1]!, match[2]!]));
}
