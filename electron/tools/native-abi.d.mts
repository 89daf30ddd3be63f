export const ROOT: string;
export function electronBinaryPath(): string | null;
export function electronVersion(): string;
export function ensureNodeAbi(opts?: { log?: (m: string) => void }): void;
export function rebuildForElectron(opts?: { log?: (m: string) => void }): void;
export function ensureElectronBinary(opts?: { log?: (m: string) => void }): string | null;
export function electronMissingHelp(command: string): string;
export function rebuildHelp(err: Error): string;
