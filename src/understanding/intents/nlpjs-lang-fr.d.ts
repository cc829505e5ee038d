/** Minimal typing of the part of @nlpjs/lang-fr used here (the package ships no types). */
declare module '@nlpjs/lang-fr' {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}
