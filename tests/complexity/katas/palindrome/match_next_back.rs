// learner: optimal
// idiom: match-heavy loop over one Chars iterator with next()/next_back(), skipping non-alphanumerics inline
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars();
    loop {
        let front = loop {
            match it.next() {
                Some(c) if c.is_alphanumeric() => break Some(c),
                Some(_) => continue,
                None => break None,
            }
        };
        let back = loop {
            match it.next_back() {
                Some(c) if c.is_alphanumeric() => break Some(c),
                Some(_) => continue,
                None => break None,
            }
        };
        match (front, back) {
            (None, _) | (Some(_), None) => return true,
            (Some(a), Some(b)) => {
                if a.to_lowercase().ne(b.to_lowercase()) {
                    return false;
                }
            }
        }
    }
}
