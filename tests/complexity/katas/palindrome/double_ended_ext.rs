// learner: optimal
// idiom: Kotlin-style extension trait on char plus a filtered double-ended iterator consumed with while-let
trait CaseFold {
    fn same_ignoring_case(self, other: char) -> bool;
}

impl CaseFold for char {
    fn same_ignoring_case(self, other: char) -> bool {
        self.to_lowercase().eq(other.to_lowercase())
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = letters.next() {
        let Some(back) = letters.next_back() else {
            return true;
        };
        if !front.same_ignoring_case(back) {
            return false;
        }
    }
    true
}
