// learner: optimal
// idiom: Julia-style explicit two-ended scan: one Chars iterator, labeled loops skip punctuation at each end, no adapters
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars();
    'outer: loop {
        // advance left end to the next alphanumeric
        let left = loop {
            match it.next() {
                None => break 'outer,
                Some(c) if c.is_alphanumeric() => break c,
                Some(_) => {}
            }
        };
        // retreat right end to the previous alphanumeric
        let right = loop {
            match it.next_back() {
                None => break 'outer, // left was the middle character
                Some(c) if c.is_alphanumeric() => break c,
                Some(_) => {}
            }
        };
        let mut l = left.to_lowercase();
        let mut r = right.to_lowercase();
        loop {
            match (l.next(), r.next()) {
                (None, None) => break,
                (x, y) if x == y => {}
                _ => return false,
            }
        }
    }
    true
}
