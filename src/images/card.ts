import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

/**
 * A share card drawn at build time: 1200×630 PNG, the size Facebook and Zalo show a link's image at.
 * satori lays the text out (wrapping the title, cutting it with an ellipsis past five lines) and writes
 * every glyph as an SVG path; sharp turns the SVG into pixels. No system font is ever used: the font is
 * Be Vietnam Pro from npm (@fontsource/be-vietnam-pro, read from node_modules), which has the
 * Vietnamese letters and tone marks. Nothing is fetched.
 */

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** The language of the text (for the document, and to tell cards apart). */
  lang: 'vi' | 'en';
  /** Small line above the title: the province, or the site's tagline on the default card. */
  kicker: string;
  /** The headline. */
  title: string;
  /** The date line at the bottom left, already written in the language (empty for none). */
  date: string;
  /** The site name at the bottom right. */
  site: string;
}

/**
 * Drawing version: part of every card's cache key, so that a change to the drawing below (colours,
 * sizes, font) draws every card again. Raise it with any such change.
 */
export const CARD_VERSION = 2;

const COLORS = { background: '#8b1a1a', text: '#ffffff', kicker: '#f6d27a', rule: 'rgba(255,255,255,0.45)' };

/**
 * The font, one face per subset file of @fontsource (latin, latin-ext, vietnamese). satori does not
 * fall back between faces of one family name, so each subset is a family of its own and the text asks
 * for all three, latin first: a letter missing from one is taken from the next.
 */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const FAMILY = SUBSETS.map((s) => `card-${s}`).join(', ');

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/LICENSE')), 'files');
  fonts = SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: `card-${subset}`,
      data: readFileSync(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** An element for satori, as React would make it (satori takes plain objects, no JSX needed). */
type Node = { type: string; props: { style: Record<string, unknown>; children?: string | Node[] } };
const el = (type: string, style: Record<string, unknown>, children?: string | Node[]): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Title size by length: a short title large, a long one smaller; past five lines it is cut. */
function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 60 ? 68 : length <= 120 ? 58 : 50;
}

const INNER_WIDTH = CARD_SIZE.width - 2 * 72;

/** The card as SVG (text as paths). */
export async function cardSvg(card: CardText): Promise<string> {
  const size = titleSize(card.title);
  const lineHeight = 1.25;
  const tree = el(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 56,
      paddingBottom: 48,
      paddingLeft: 72,
      paddingRight: 72,
      background: COLORS.background,
      color: COLORS.text,
      fontFamily: FAMILY,
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 700, color: COLORS.kicker, letterSpacing: 2 },
        card.kicker.toLocaleUpperCase(card.lang),
      ),
      el(
        'div',
        {
          display: 'block',
          width: INNER_WIDTH,
          maxHeight: Math.ceil(size * lineHeight * 5),
          overflow: 'hidden',
          fontSize: size,
          fontWeight: 700,
          lineHeight,
          lineClamp: 5,
        },
        card.title,
      ),
      el(
        'div',
        {
          display: 'flex',
          width: INNER_WIDTH,
          justifyContent: 'space-between',
          fontSize: 28,
          borderTop: `2px solid ${COLORS.rule}`,
          paddingTop: 24,
        },
        [el('span', {}, card.date), el('span', { fontWeight: 700 }, card.site)],
      ),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: loadFonts() });
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: CardText): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(card)))
    .png({ compressionLevel: 6, palette: false })
    .toBuffer();
}
