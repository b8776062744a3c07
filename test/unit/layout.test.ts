import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../subgraphs/manifest.js';

/** The folders the README's layout block names, as paths: `kit/` then `  platform/` is `kit/platform`. */
function layoutFolders(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = /## Layout\n\n```\n([\s\S]*?)```/.exec(readme)![1]!;
  const folders: string[] = [];
  let parent = '';
  for (const line of block.split('\n')) {
    const match = /^( *)([\w.-]+)\/\s/.exec(line) ?? /^( *)([\w.-]+)\/$/.exec(line);
    if (!match) continue;
    if (match[1]!.length === 0) parent = match[2]!;
    folders.push(match[1]!.length === 0 ? match[2]! : `${parent}/${match[2]}`);
  }
  return folders;
}

/** Folders holding tracked files, down to the second level, where the layout stops. */
function trackedFolders(): Set<string> {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length > 1 && !parts[0]!.startsWith('.')) folders.add(parts[0]!);
    if (parts.length > 2 && ['subgraphs', 'kit'].includes(parts[0]!)) folders.add(`${parts[0]}/${parts[1]}`);
  }
  return folders;
}

describe('the README layout', () => {
  it('names every folder of the tree, and no folder that is not there', () => {
    expect(layoutFolders().sort()).toEqual([...trackedFolders()].sort());
  });

  it('lists the subgraphs of the manifest', () => {
    const subgraphs = layoutFolders().filter((folder) => folder.startsWith('subgraphs/'));
    expect(subgraphs.sort()).toEqual(manifest.map((entry) => entry.folder).sort());
  });
});
