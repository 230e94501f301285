// learner: optimal
// idiom: Solidity smart-contract developer: two uint cursors into the raw bytes like a bytes32 scan, while(left < right) with explicit skip loops, helper _char_at/_char_before decode one char at a cursor
//! Palindrome check without a copy: see README.md.

/// @dev decode the char that starts at byte `pos`
fn _char_at(s: &str, pos: usize) -> char {
    s[pos..].chars().next().unwrap()
}

/// @dev decode the char that ends at byte `end` (exclusive)
fn _char_before(s: &str, end: usize) -> char {
    s[..end].chars().next_back().unwrap()
}

/// @notice true if the alphanumeric chars of `s` read the same both ways, case-insensitively
pub fn is_palindrome(s: &str) -> bool {
    let mut left: usize = 0; // first unread byte from the front
    let mut right: usize = s.len(); // one past the last unread byte from the back

    while left < right {
        let a = _char_at(s, left);
        if !a.is_alphanumeric() {
            left += a.len_utf8();
            continue;
        }
        let b = _char_before(s, right);
        if !b.is_alphanumeric() {
            right -= b.len_utf8();
            continue;
        }
        // require(lower(a) == lower(b))
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        left += a.len_utf8();
        right -= b.len_utf8();
    }
    true
}
