/** Minimal types for the `hyphen` package's hyphenator and its Dutch patterns, which ship no declarations of their own. */
declare module 'hyphen/hyphen.js' {
  /** Options a hyphenator is made with; `minWordLength` defaults to 5, which skips short words. */
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  /** Makes a synchronous hyphenator over a pattern set; it caches every word it hyphenates. */
  function createHyphenator(patterns: unknown, options?: HyphenatorOptions): (text: string) => string;
  export default createHyphenator;
}

declare module 'hyphen/patterns/nl.js' {
  /** The Dutch TeX hyphenation patterns, in the package's own packed form. */
  const patterns: unknown;
  export default patterns;
}
