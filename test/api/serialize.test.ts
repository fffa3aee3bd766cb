import { describe, expect, it } from 'vitest';
import { documentPieces, serializeJson } from '../../src/api/serialize.ts';
import { API_SCHEMAS, buildArticlesDocument } from '../../src/api/write.ts';
import { loadContent } from '../../src/content/load.ts';
import { REPO } from '../helpers/project.ts';

const ctx = { baseUrl: 'https://bantin.example.vn', images: undefined };

async function articlesDocument() {
  const { store } = await loadContent({ root: REPO });
  if (!store) throw new Error('the repository content does not load');
  return buildArticlesDocument(store, ctx);
}

describe('documentPieces: a listing checked and serialized item by item', () => {
  it('joins into serializeJson text, byte for byte, whatever the number of items', async () => {
    const doc = await articlesDocument();
    const [first] = doc.articles;
    if (!first) throw new Error('no article');
    // Text that serializeJson changes: decomposed Vietnamese (NFC), a closing script tag, U+2028.
    const hostile = {
      ...first,
      translations: {
        ...first.translations,
        vi: { ...first.translations.vi, title: `Đa\u0323i ho\u0323i </script> a\u2028b` },
      },
    };
    for (const count of [1, 5, 199, 200, 201, 450]) {
      const articles = Array.from({ length: count }, (_, i) => (i % 7 === 3 ? hostile : first));
      const pieces = [...documentPieces('articles', API_SCHEMAS.articles.schema, { articles })];
      expect(pieces.join(''), `${count} items`).toBe(serializeJson({ articles }));
      expect(pieces.length, `${count} items`).toBe(2 + Math.ceil(count / 200));
    }
    const empty = [...documentPieces('articles', API_SCHEMAS.articles.schema, { articles: [] })];
    expect(empty).toEqual([serializeJson({ articles: [] })]);
    const index = { name: 'x' };
    expect(() => [...documentPieces('index', API_SCHEMAS.index.schema, index as never)]).toThrow(
      /index\.schema\.json/,
    );
  });

  it('names the item that does not match the schema, by its place in the whole listing', async () => {
    const doc = await articlesDocument();
    const [first] = doc.articles;
    if (!first) throw new Error('no article');
    const articles = Array.from({ length: 300 }, (_, i) =>
      i === 250 ? { ...first, id: 'Not An Id' } : first,
    );
    const pieces = documentPieces('articles', API_SCHEMAS.articles.schema, { articles });
    expect(() => [...pieces]).toThrow(/api-articles\.schema\.json:\n {2}articles\.250\.id: /);
    // A hole is an item too: refused, never written as an empty line.
    const holed = [first, first];
    delete holed[1];
    const holes = documentPieces('articles', API_SCHEMAS.articles.schema, { articles: holed });
    expect(() => [...holes]).toThrow(/api-articles\.schema\.json:\n {2}articles\.1: /);
  });
});
