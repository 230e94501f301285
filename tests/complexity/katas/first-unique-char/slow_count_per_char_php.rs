// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for each char, filter().count() rescans the whole string (substr_count habit)
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    // like: foreach (str_split($s) as $c) if (substr_count($s, $c) === 1) return $c;
    s.chars().find(|&c| s.chars().filter(|&other| other == c).count() == 1)
}
