// learner: optimal
// idiom: Forth-style two byte cursors with explicit while loops and tiny helper words decoding chars at each end
//! Palindrome check without a copy: see README.md.

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap()
}

fn step_back(s: &str, j: usize) -> usize {
    // j is one past a char boundary; find the previous boundary
    let mut k = j - 1;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

fn same(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let mut lo: usize = 0;
    let mut hi: usize = s.len(); // exclusive
    loop {
        // skip junk on the left
        while lo < hi && !char_at(s, lo).is_alphanumeric() {
            lo += char_at(s, lo).len_utf8();
        }
        // skip junk on the right
        while lo < hi {
            let k = step_back(s, hi);
            if char_at(s, k).is_alphanumeric() {
                break;
            }
            hi = k;
        }
        if lo >= hi {
            return true;
        }
        let k = step_back(s, hi);
        if k <= lo {
            return true; // middle char
        }
        let a = char_at(s, lo);
        let b = char_at(s, k);
        if !same(a, b) {
            return false;
        }
        lo += a.len_utf8();
        hi = k;
    }
}
