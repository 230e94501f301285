// learner: optimal
// idiom: Fortran-style: explicit two-pointer swap loops with index arithmetic for both passes, a small swap-range subroutine
//! Reverse a UTF-8 string in place: see README.md.

fn swap_range(b: &mut [u8], lo: usize, hi: usize) {
    // reverse b[lo..=hi] by swapping from both ends
    let mut i = lo;
    let mut j = hi;
    while i < j {
        let t = b[i];
        b[i] = b[j];
        b[j] = t;
        i += 1;
        j -= 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let n = s.len();
    if n < 2 {
        return;
    }
    let mut b = std::mem::take(s).into_bytes();
    swap_range(&mut b, 0, n - 1);
    let mut i = 0;
    while i < n {
        if b[i] & 0xC0 != 0x80 {
            i += 1;
            continue;
        }
        let mut k = i;
        while b[k] & 0xC0 == 0x80 {
            k += 1;
        }
        swap_range(&mut b, i, k);
        i = k + 1;
    }
    *s = String::from_utf8(b).unwrap();
}
