// The part of madge's API the import-circle test uses (madge ships no types).
declare module 'madge' {
  interface MadgeResult {
    circular(): string[][];
    warnings(): { skipped: string[] };
  }
  function madge(path: string, config: object): Promise<MadgeResult>;
  export = madge;
}
