// learner: optimal
// idiom: OOP: a Cursor struct with advance/retreat methods over char_indices, impl block with private helpers
//! Palindrome check without a copy.

struct Ends<'a> {
    text: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Ends<'a> {
    fn new(text: &'a str) -> Self {
        Ends { text, front: 0, back: text.len() }
    }

    fn take_front(&mut self) -> Option<char> {
        while self.front < self.back {
            let c = self.text[self.front..].chars().next()?;
            self.front += c.len_utf8();
            if c.is_alphanumeric() {
                return Some(c);
            }
        }
        None
    }

    fn take_back(&mut self) -> Option<char> {
        while self.back > self.front {
            let c = self.text[..self.back].chars().next_back()?;
            self.back -= c.len_utf8();
            if c.is_alphanumeric() {
                return Some(c);
            }
        }
        None
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut ends = Ends::new(s);
    while let Some(a) = ends.take_front() {
        let Some(b) = ends.take_back() else { return true };
        if a.to_lowercase().ne(b.to_lowercase()) {
            return false;
        }
    }
    true
}
