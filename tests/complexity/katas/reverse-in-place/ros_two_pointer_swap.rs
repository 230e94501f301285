// learner: optimal
// idiom: ROS-style C++: take the byte buffer, hand-written two-pointer swap loop, then an index scan fixing each continuation run
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(b: u8) -> bool {
    (b & 0xC0) == 0x80
}

fn swap_span(buf: &mut [u8], mut lo: usize, mut hi: usize) {
    while lo < hi {
        buf.swap(lo, hi);
        lo += 1;
        hi -= 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    if n < 2 {
        *s = String::from_utf8(buf).expect("valid utf-8");
        return;
    }
    // step 1: mirror the whole byte array
    swap_span(&mut buf, 0, n - 1);
    // step 2: each char now reads cont..cont lead; flip those runs back
    let mut i: usize = 0;
    while i < n {
        if is_continuation(buf[i]) {
            let mut j = i;
            while j < n && is_continuation(buf[j]) {
                j += 1;
            }
            // buf[j] is the lead byte of this char
            swap_span(&mut buf, i, j);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(buf).expect("reversal keeps utf-8 valid");
}
