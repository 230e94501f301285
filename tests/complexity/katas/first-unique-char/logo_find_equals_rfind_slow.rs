// learner: slow
// idiom: logo teacher: a character is unique when its first and last positions in the text are the same (find vs rfind)
// why: misses O(n) time: find and rfind each rescan the text for every character, O(n) per char, O(n^2) in total
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    for character in s.chars() {
        // Where does it appear first? Where does it appear last?
        let first_place = s.find(character);
        let last_place = s.rfind(character);
        // Same place means it appears only once.
        if first_place == last_place {
            return Some(character);
        }
    }
    None
}
