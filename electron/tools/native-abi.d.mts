export const ROOT: string;
export function electronBinaryPath(): string | null;
export function electronVersion(): string;
export function ensureNodeAbi(opts?: { log?: (m: string) => void }): void;
export function rebuildForElectron(opts?: { log?: (m: string) => void }): void;
