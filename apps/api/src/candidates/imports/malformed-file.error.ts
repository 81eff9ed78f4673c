/** The whole file cannot be imported; the message is shown to the person who uploaded it. */
export class MalformedFileError extends Error {
  override readonly name = 'MalformedFileError';
}
