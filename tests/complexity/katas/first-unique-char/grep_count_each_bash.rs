// learner: slow
// idiom: Bash scripter: for each char, count its occurrences by re-reading the whole string (like `grep -o "$c" <<< "$s" | wc -l` in a loop)
// why: first_unique_char is O(n^2) time (a full scan of s per char) vs the O(n) target; space is O(1)
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        let mut n = 0;
        for d in s.chars() {
            if d == c {
                n += 1;
            }
        }
        if n == 1 {
            return Some(c);
        }
    }
    None
}
