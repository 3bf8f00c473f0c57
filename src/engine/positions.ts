/**
 * Which of a statement's positions a response line answers: the topic options named in its
 * `respondsTo`, by id or by a tag they carry. The loader checks with it, and the rules use it.
 */
export function matchedOptions<T extends { id: string; tags: string[] }>(options: T[], respondsTo: string[]): T[] {
  return options.filter((o) => respondsTo.includes(o.id) || o.tags.some((t) => respondsTo.includes(t)));
}
