// learner: optimal
// idiom: a Modula-2 teacher: two byte cursors `left` and `right`, explicit WHILE loops that skip non-alphanumerics, decoding one char at each cursor from a slice
//! Palindrome check without a copy: see README.md.

/* Returns the character that starts at byte position pos. */
fn char_at(s: &str, pos: usize) -> char {
    s[pos..].chars().next().unwrap()
}

/* Returns the character that ends just before byte position pos. */
fn char_before(s: &str, pos: usize) -> char {
    s[..pos].chars().next_back().unwrap()
}

fn same_ignoring_case(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut left: usize = 0; /* first byte not yet compared */
    let mut right: usize = s.len(); /* one past the last byte not yet compared */
    while left < right {
        let a = char_at(s, left);
        if !a.is_alphanumeric() {
            left = left + a.len_utf8();
            continue;
        }
        let b = char_before(s, right);
        if !b.is_alphanumeric() {
            right = right - b.len_utf8();
            continue;
        }
        if !same_ignoring_case(a, b) {
            return false;
        }
        left = left + a.len_utf8();
        right = right - b.len_utf8();
    }
    true
}
