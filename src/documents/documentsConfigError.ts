/** A configuration mistake about documents (key, download policy) that the operator must fix before start-up. */
export class DocumentsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentsConfigError';
  }
}
