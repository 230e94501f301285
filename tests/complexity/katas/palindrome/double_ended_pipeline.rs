// learner: optimal
// idiom: PowerShell sysadmin: Where-Object filter into one double-ended pipeline, pull one item from each end per round until they meet
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` read the same forwards and backwards,
/// ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    // $letters = $s.ToCharArray() | Where-Object { [char]::IsLetterOrDigit($_) }  -- but lazily
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        let front = match letters.next() {
            Some(c) => c,
            None => return true,
        };
        let back = match letters.next_back() {
            Some(c) => c,
            None => return true, // the middle character
        };
        if !front.to_lowercase().eq(back.to_lowercase()) {
            return false;
        }
    }
}
