import { createContext, useContext, type ReactNode } from 'react';

type Level = 2 | 3 | 4 | 5 | 6;

/**
 * The level a section heading takes where it is rendered, so headings never skip a level (axe
 * `heading-order`): h2 under a page's h1, h3 inside a section or under a settings sub-page's h2.
 */
const HeadingLevelContext = createContext<Level>(2);

export const useHeadingLevel = () => useContext(HeadingLevelContext);

export function HeadingLevel({ level, children }: { level: Level; children: ReactNode }) {
  return <HeadingLevelContext.Provider value={level}>{children}</HeadingLevelContext.Provider>;
}

/** Headings of what is nested inside a section headed at `level`. */
export function SubSections({ children }: { children: ReactNode }) {
  const level = useHeadingLevel();
  return <HeadingLevel level={Math.min(level + 1, 6) as Level}>{children}</HeadingLevel>;
}
