// learner: optimal
// idiom: competitive-programmer style: one Chars iterator used from both ends, short names, all inline
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars();
    loop {
        let a = loop { match it.next() { Some(c) if c.is_alphanumeric() => break Some(c), Some(_) => {}, None => break None } };
        let Some(a) = a else { return true };
        let b = loop { match it.next_back() { Some(c) if c.is_alphanumeric() => break Some(c), Some(_) => {}, None => break None } };
        let Some(b) = b else { return true };
        if !a.to_lowercase().eq(b.to_lowercase()) { return false; }
    }
}
