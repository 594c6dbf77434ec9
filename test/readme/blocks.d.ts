export const KINDS: string[];
export function codeBlocks(markdown: string): { kind: string; code: string; line: number }[];
export function local(code: string, origin: string): string;
