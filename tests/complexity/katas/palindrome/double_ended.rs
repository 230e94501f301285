// learner: optimal
// idiom: C-style on a double-ended Chars: explicit next/next_back skipping with while, early returns
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars();
    'outer: loop {
        let left = loop {
            match it.next() {
                None => break 'outer,
                Some(c) if c.is_alphanumeric() => break c,
                Some(_) => continue,
            }
        };
        let right = loop {
            match it.next_back() {
                None => break 'outer,
                Some(c) if c.is_alphanumeric() => break c,
                Some(_) => continue,
            }
        };
        let mut l = left.to_lowercase();
        let mut r = right.to_lowercase();
        loop {
            match (l.next(), r.next()) {
                (None, None) => break,
                (Some(x), Some(y)) if x == y => continue,
                _ => return false,
            }
        }
    }
    true
}
