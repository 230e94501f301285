// learner: slow
// idiom: logo teacher: lowercase the whole text first (s.to_lowercase()), then two turtles walk it
// why: misses the O(1) extra-space target: s.to_lowercase() allocates a new String as long as the input
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    // Step 1: make every letter small, so the comparison is simple.
    let small_letters_text = s.to_lowercase();

    // Step 2: one turtle walks from the left, one from the right.
    let mut walk = small_letters_text.chars().filter(|character| character.is_alphanumeric());
    loop {
        let Some(left_letter) = walk.next() else { return true };
        let Some(right_letter) = walk.next_back() else { return true };
        // Step 3: any difference means it is not a palindrome.
        if left_letter != right_letter {
            return false;
        }
    }
}
