// learner: slow
// why: is_palindrome is O(n) space, target O(1): a Java-style CleanText object copies the lowercased alphanumerics into a Vec<char> first
struct CleanText {
    chars: Vec<char>,
}

impl CleanText {
    fn from_str(s: &str) -> Self {
        let mut text = CleanText { chars: Default::default() };
        for c in s.chars() {
            if c.is_alphanumeric() {
                text.chars.extend(c.to_lowercase());
            }
        }
        text
    }

    fn get_length(&self) -> usize {
        self.chars.len()
    }

    fn get_char(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    fn is_mirrored(&self) -> bool {
        let n = self.get_length();
        for i in 0..n / 2 {
            if self.get_char(i) != self.get_char(n - 1 - i) {
                return false;
            }
        }
        true
    }
}

pub fn is_palindrome(s: &str) -> bool {
    CleanText::from_str(s).is_mirrored()
}
