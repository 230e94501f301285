// learner: optimal
// idiom: C#-enterprise style: PalindromeScanner with left/right byte cursors and small private advance/retreat/compare methods
//! Palindrome check without a copy: see README.md.

struct PalindromeScanner<'a> {
    text: &'a str,
    left_byte_index: usize,
    right_byte_index: usize,
}

impl<'a> PalindromeScanner<'a> {
    fn new(text: &'a str) -> Self {
        PalindromeScanner { text, left_byte_index: 0, right_byte_index: text.len() }
    }

    fn cursors_have_met(&self) -> bool {
        self.left_byte_index >= self.right_byte_index
    }

    fn character_at_left(&self) -> char {
        self.text[self.left_byte_index..].chars().next().unwrap()
    }

    fn character_before_right(&self) -> char {
        self.text[..self.right_byte_index].chars().next_back().unwrap()
    }

    fn advance_left(&mut self) {
        self.left_byte_index += self.character_at_left().len_utf8();
    }

    fn retreat_right(&mut self) {
        self.right_byte_index -= self.character_before_right().len_utf8();
    }

    fn skip_non_alphanumeric_on_left(&mut self) {
        while !self.cursors_have_met() && !self.character_at_left().is_alphanumeric() {
            self.advance_left();
        }
    }

    fn skip_non_alphanumeric_on_right(&mut self) {
        while !self.cursors_have_met() && !self.character_before_right().is_alphanumeric() {
            self.retreat_right();
        }
    }

    fn characters_match_ignoring_case(first: char, second: char) -> bool {
        first.to_lowercase().eq(second.to_lowercase())
    }

    fn is_palindrome(mut self) -> bool {
        loop {
            self.skip_non_alphanumeric_on_left();
            self.skip_non_alphanumeric_on_right();
            if self.cursors_have_met() {
                return true;
            }
            let left_character = self.character_at_left();
            let right_character = self.character_before_right();
            if !Self::characters_match_ignoring_case(left_character, right_character) {
                return false;
            }
            self.advance_left();
            if self.cursors_have_met() {
                return true;
            }
            self.retreat_right();
        }
    }
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    PalindromeScanner::new(s).is_palindrome()
}
