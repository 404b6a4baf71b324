/** The text with its first letter in lower case: framework role names start with a capital, but not mid-sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with its first letter in upper case, to start a sentence or keep a replaced word's capital. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
