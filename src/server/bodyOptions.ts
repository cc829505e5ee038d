/**
 * Options of restify's body parsers with a size limit: the parsers pass them to their
 * body reader, which enforces maxBodySize, though @types/restify leaves it out.
 */
import type { plugins } from 'restify';

export function bodyOptions(maxBodySize: number): plugins.JsonBodyParserOptions & plugins.UrlEncodedBodyParserOptions {
  const options = { maxBodySize, mapParams: false };
  return options;
}
