import type { Rule } from 'eslint';

export interface CrossModuleImport { fromModule: string; toModule: string; target: string; deep: boolean }
export const rule: Rule.RuleModule;
export const SHARED_FOLDERS: string[];
export function crossModuleImport(fromFile: string, specifier: string, srcRoot: string, shared?: string[]): CrossModuleImport | null;
