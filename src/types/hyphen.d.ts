/** Minimal types for the Dutch pattern pack of `hyphen`, which ships no declarations of its own. */
declare module 'hyphen/nl/index.js' {
  /** Options the hyphenator accepts per call; `minWordLength` defaults to 5, which skips short words. */
  interface HyphenationOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  /** The language pack: a sync and an async hyphenator built over the Dutch TeX patterns. */
  const nl: {
    hyphenateSync(text: string, options?: HyphenationOptions): string;
    hyphenate(text: string, options?: HyphenationOptions): Promise<string>;
  };
  export default nl;
}
