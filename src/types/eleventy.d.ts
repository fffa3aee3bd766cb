/** The parts of Eleventy's programmatic API that bantin uses (Eleventy 3 ships no type declarations). */
declare module '@11ty/eleventy' {
  /** The configuration calls bantin makes (https://www.11ty.dev/docs/config/). */
  export interface EleventyConfig {
    addExtension(ext: string, options: { key: string }): void;
    setTemplateFormats(formats: string[]): void;
    addGlobalData(name: string, value: unknown): void;
    addPassthroughCopy(map: Record<string, string>): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (eleventyConfig: EleventyConfig) => void;
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

declare module '@11ty/eleventy-dev-server' {
  /** Eleventy's development server (2.x): serves a folder and reloads open pages over a WebSocket. */
  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: Record<string, unknown>);
    /** Node's HTTP server, made on first use. */
    get server(): import('node:http').Server;
    /** Starts listening (through _serverListen). */
    serve(port: number): void;
    /** Listens on a port; overridden to choose the host, which the options do not offer. */
    protected _serverListen(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string, pathname?: string): string;
    /** Tells every open page to reload (or, for CSS alone, to reload its style sheets). */
    reload(event?: { files?: string[]; subtype?: 'css' }): void;
    close(): Promise<void>;
  }
}
