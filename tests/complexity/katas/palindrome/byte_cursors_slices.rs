// learner: optimal
// idiom: byte-index cursors into the str with char_indices / next_back on sub-slices, loop with early returns and a helper
fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut lo = 0usize; // byte index of the next unread char from the front
    let mut hi = s.len(); // byte index just past the next unread char from the back
    loop {
        let front = s[lo..hi].char_indices().find(|(_, c)| c.is_alphanumeric());
        let Some((off, a)) = front else { return true };
        lo += off;
        let back = s[lo..hi].char_indices().rev().find(|(_, c)| c.is_alphanumeric());
        let Some((boff, b)) = back else { return true };
        let b_at = lo + boff;
        if b_at <= lo {
            return true;
        }
        if !same_letter(a, b) {
            return false;
        }
        lo += a.len_utf8();
        hi = b_at;
    }
}
