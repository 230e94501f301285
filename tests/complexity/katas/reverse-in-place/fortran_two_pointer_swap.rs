// learner: optimal
// idiom: Fortran port: explicit lo/hi swap loop (do while lo < hi), then a second pass with index scanning for continuation runs
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut a = std::mem::take(s).into_bytes();
    let n = a.len();
    if n > 1 {
        // pass 1: reverse all bytes, 1-based thinking: swap a(i) and a(n+1-i)
        let mut lo = 0usize;
        let mut hi = n - 1;
        while lo < hi {
            let t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
            lo += 1;
            hi -= 1;
        }
        // pass 2: every run of continuation bytes followed by its lead byte is one char, backwards
        let mut i = 0usize;
        while i < n {
            if a[i] & 0xC0 == 0x80 {
                let mut j = i;
                while a[j] & 0xC0 == 0x80 {
                    j += 1;
                }
                // a(i..=j) is one reversed char: swap it back
                let mut p = i;
                let mut q = j;
                while p < q {
                    a.swap(p, q);
                    p += 1;
                    q -= 1;
                }
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }
    *s = String::from_utf8(a).expect("reversal keeps UTF-8 valid");
}
