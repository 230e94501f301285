// learner: slow
// idiom: Prolog logic programmer: for each char C, count its occurrences by re-walking the whole string (like aggregate_all(count, member(C, L), N))
// why: first_unique_char is O(n^2) time: every char triggers a full O(n) recount of s, vs the O(n) target with one counting map
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| occurrences(s, c) == 1)
}

/// occurrences(S, C, N): N is how many times C appears in S.
fn occurrences(s: &str, c: char) -> usize {
    s.chars().filter(|&d| d == c).count()
}
