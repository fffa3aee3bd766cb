import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReader } from '../../src/content/folders.ts';

describe('FileReader', () => {
  let dir = '';
  const sizes = [0, 1, 5_000, 300_000, 5_000_000, 7, 4_000_000, 12];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bantin-reader-'));
    await Promise.all(
      sizes.map((size, i) =>
        writeFile(
          path.join(dir, `f${i}`),
          Buffer.from(Array.from({ length: size }, (_, j) => (j * 7 + i) % 251)),
        ),
      ),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads each file whole, small or larger than a slab, and keeps earlier files intact', () => {
    const reader = new FileReader();
    const read = sizes.map((_, i) => reader.read(path.join(dir, `f${i}`)));
    for (const [i, bytes] of read.entries()) {
      expect(bytes.equals(readFileSync(path.join(dir, `f${i}`))), `f${i}`).toBe(true);
    }
    // A second round, into the same slabs, leaves the first round's bytes as they were.
    for (const [i] of sizes.entries()) reader.read(path.join(dir, `f${i}`));
    for (const [i, bytes] of read.entries()) {
      expect(bytes.equals(readFileSync(path.join(dir, `f${i}`))), `f${i}`).toBe(true);
    }
  });

  it('fails as readFileSync does on a missing file', () => {
    const missing = path.join(dir, 'missing');
    expect(() => new FileReader().read(missing)).toThrow(/ENOENT/);
  });
});
