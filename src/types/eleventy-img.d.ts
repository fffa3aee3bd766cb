/** The part of @11ty/eleventy-img (which ships no types) that src/images uses. */
declare module '@11ty/eleventy-img' {
  interface Stat {
    format: string;
    width: number;
    height: number;
    url: string;
    filename: string;
    outputPath: string;
    size: number;
  }
  interface Options {
    widths: (number | 'auto')[];
    formats: string[];
    outputDir: string;
    urlPath: string;
    hashLength?: number;
    useCache?: boolean;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    [key: string]: unknown;
  }
  function Image(src: string, options: Options): Promise<Record<string, Stat[]>>;
  namespace Image {
    let concurrency: number;
  }
  export default Image;
}
