/** The parts of Eleventy's programmatic API that bantin uses (Eleventy 3 ships no type declarations). */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (eleventyConfig: import('../build.ts').EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  /** 2020-05-30T05:02:00.000Z => 2020-05-30T05:02:00Z */
  export function dateToRfc3339(date: Date): string;
}
