/** Types for tools/apt.mjs. */
export function debianLike(): boolean;
export function aptInstall(pkg: string): boolean;
