/** The part of the `hyphen` package (German patterns, reformed spelling) the export uses; the package ships no types. */
declare module 'hyphen/de' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
