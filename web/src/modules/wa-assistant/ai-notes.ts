// The AI notes of a turn or a conversation in the reader's language, worded from their codes. The server's English
// stands in when a code has no words here (a newer server) or the notes were written before codes were kept.
import { useWordNotes, type Note } from '../../components/notes';

/** `(codes, english)` → the notes to show, or null when there are none. */
export function useAiNotes(): (codes: readonly Note[], english: string | null) => string | null {
  const word = useWordNotes();
  return (codes, english) => {
    const words = word(codes);
    return codes.length > 0 && words.length === codes.length ? words.join('; ') : english;
  };
}
