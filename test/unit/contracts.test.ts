import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { composeSupergraph, readSupergraph } from '../../gateway/compose.js';

describe('committed contracts', () => {
  it('the supergraph is what the subgraph schemas compose to (run `npm run compose`)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('resolver types are generated from the current schema.graphql files (run `npm run codegen`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  });
});
