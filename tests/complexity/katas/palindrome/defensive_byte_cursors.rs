// learner: optimal
// idiom: defensive beginner: explicit byte cursors over char boundaries, explicit matches, early returns
fn char_at(s: &str, index: usize) -> Option<char> {
    match s.get(index..) {
        Some(rest) => rest.chars().next(),
        None => None,
    }
}

fn char_before(s: &str, end: usize) -> Option<(usize, char)> {
    match s.get(..end) {
        Some(head) => head.char_indices().next_back(),
        None => None,
    }
}

fn same_letter(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let mut left: usize = 0;
    let mut right: usize = s.len(); // exclusive end
    while left < right {
        let a = match char_at(s, left) {
            Some(c) => c,
            None => return true,
        };
        if !a.is_alphanumeric() {
            left += a.len_utf8();
            continue;
        }
        let (start_of_b, b) = match char_before(s, right) {
            Some(found) => found,
            None => return true,
        };
        if !b.is_alphanumeric() {
            right = start_of_b;
            continue;
        }
        if start_of_b < left {
            return true;
        }
        if !same_letter(a, b) {
            return false;
        }
        left += a.len_utf8();
        right = start_of_b;
    }
    true
}
