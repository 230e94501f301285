// learner: optimal
// idiom: Solidity smart-contract developer: two independent readers (forward and reverse) zipped and checked pairwise like comparing two calldata arrays element-by-element; a single all() instead of an early-return loop
//! Palindrome check without a copy: see README.md.

fn _is_counted(c: &char) -> bool {
    c.is_alphanumeric()
}

/// @notice palindrome check over alphanumerics, ignoring case, O(1) memory
/// @dev walks both directions fully; each pair is compared twice, still O(n)
pub fn is_palindrome(s: &str) -> bool {
    let forward = s.chars().filter(_is_counted);
    let backward = s.chars().rev().filter(_is_counted);
    forward
        .zip(backward)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
