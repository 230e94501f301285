// learner: slow
// idiom: GLSL: every texel re-samples the whole string to count its twins (a per-fragment full-screen loop)
// why: for each char a full filter+count over the string: O(n^2) time
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| s.chars().filter(|&d| d == c).count() == 1)
}
