/**
 * The view layer's one builder. Screens describe what should be on screen with `h`, and Preact
 * patches the page in place, so an element under the player's pointer or focus survives a re-render
 * (a click that lands while the store updates is never lost). Every string is a text node: scenario
 * text and anything the player types can never become markup.
 */
import { h as preactH, type VNode } from 'preact';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type View = VNode<any>;
type Child = View | string | number | null | undefined | false;
export type Children = Child | readonly Children[];
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h(tag: string, props: Props = {}, ...children: Children[]): View {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (value !== undefined && value !== false) clean[key] = value;
  return preactH(tag, clean, ...(children as unknown[]).flat(Infinity as 1) as Child[]);
}

/** Paragraph numbers as "¶3, ¶13". */
export function paragraphs(cite: number[]): string {
  return cite.map((p) => `¶${p}`).join(', ');
}
