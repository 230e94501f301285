// learner: slow
// idiom: PowerShell sysadmin: the classic script one-liner: $clean = -join ($s -replace '[^\w]','').ToLower(); $rev = -join $clean[-1..-($clean.Length)]; $clean -eq $rev
// why: is_palindrome builds two Strings (the cleaned lowercase copy and its reverse): O(n) time but O(n) extra space vs the O(1) space target
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` read the same forwards and backwards,
/// ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_lowercase().collect::<String>())
        .collect::<Vec<String>>()
        .concat();
    let reversed: String = s
        .chars()
        .rev()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_lowercase().collect::<String>())
        .collect::<Vec<String>>()
        .concat();
    cleaned == reversed
}
