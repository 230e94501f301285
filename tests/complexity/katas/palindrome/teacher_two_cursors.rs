// learner: optimal
// idiom: teacher model answer: byte-offset cursors in a small struct with well-named methods
/// Two cursors walking towards each other over the alphanumeric chars of a string.
struct Mirror<'a> {
    text: &'a str,
    /// Byte offset of the first unread char from the left.
    front: usize,
    /// Byte offset just past the last unread char from the right.
    back: usize,
}

impl<'a> Mirror<'a> {
    fn new(text: &'a str) -> Self {
        Mirror { text, front: 0, back: text.len() }
    }

    /// The next alphanumeric char from the left, advancing the front cursor.
    fn take_front(&mut self) -> Option<char> {
        while self.front < self.back {
            let c = self.text[self.front..self.back].chars().next()?;
            self.front += c.len_utf8();
            if c.is_alphanumeric() {
                return Some(c);
            }
        }
        None
    }

    /// The next alphanumeric char from the right, moving the back cursor.
    fn take_back(&mut self) -> Option<char> {
        while self.front < self.back {
            let c = self.text[self.front..self.back].chars().next_back()?;
            self.back -= c.len_utf8();
            if c.is_alphanumeric() {
                return Some(c);
            }
        }
        None
    }
}

/// Case-insensitive comparison of two chars without allocating.
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` read the same forwards and
/// backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let mut mirror = Mirror::new(s);
    loop {
        let Some(left) = mirror.take_front() else { return true };
        let Some(right) = mirror.take_back() else { return true };
        if !same_letter(left, right) {
            return false;
        }
    }
}
