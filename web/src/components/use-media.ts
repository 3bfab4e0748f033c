// Whether a CSS media query matches now, kept up to date: for layouts that differ in structure, not only in style.
import { useEffect, useState } from 'react';

export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** Below this the navigation is behind the Menu button (styles.css uses the same width). */
export const MENU_QUERY = '(max-width: 899px)';
/** Below this tables become cards (styles.css uses the same width). */
export const PHONE_QUERY = '(max-width: 759px)';
