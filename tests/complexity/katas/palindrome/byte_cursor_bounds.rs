// learner: optimal
// idiom: index-heavy: two byte cursors lo/hi over the original str, helper scanners with explicit bounds
/// First alphanumeric char in s[lo..hi]; returns (its start, its end) byte offsets and the char.
fn scan_forward(s: &str, lo: usize, hi: usize) -> Option<(usize, usize, char)> {
    let mut i = lo;
    while i < hi {
        let c = s[i..hi].chars().next()?;
        let w = c.len_utf8();
        if c.is_alphanumeric() {
            return Some((i, i + w, c));
        }
        i += w;
    }
    None
}

/// Last alphanumeric char in s[lo..hi]; returns (its start, its end) byte offsets and the char.
fn scan_backward(s: &str, lo: usize, hi: usize) -> Option<(usize, usize, char)> {
    let mut j = hi;
    while j > lo {
        let c = s[lo..j].chars().next_back()?;
        let w = c.len_utf8();
        if c.is_alphanumeric() {
            return Some((j - w, j, c));
        }
        j -= w;
    }
    None
}

pub fn is_palindrome(s: &str) -> bool {
    let mut lo = 0usize;
    let mut hi = s.len();
    while lo < hi {
        let (l_start, l_end, a) = match scan_forward(s, lo, hi) {
            Some(t) => t,
            None => return true,
        };
        let (r_start, r_end, b) = match scan_backward(s, l_start, hi) {
            Some(t) => t,
            None => return true,
        };
        if r_start <= l_start {
            // same character (odd middle) or cursors crossed
            return true;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        lo = l_end;
        hi = r_start;
        let _ = r_end;
    }
    true
}
