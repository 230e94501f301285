// learner: optimal
// idiom: Idris dependent-types fan: no library reverse at all, one hand-written two-pointer `flip(lo, hi)` proven to terminate by hi - lo shrinking, reused for the whole buffer and for each character; char boundaries found by the lead byte
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses `xs[lo..hi]` by swapping the ends inward.
fn flip(xs: &mut [u8], mut lo: usize, mut hi: usize) {
    while lo + 1 < hi {
        hi -= 1;
        xs.swap(lo, hi);
        lo += 1;
    }
}

fn is_lead(b: u8) -> bool {
    (b as i8) >= -0x40 // not 0b10xx_xxxx
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    flip(&mut buf, 0, n);
    let mut run_start = 0;
    for i in 0..n {
        if is_lead(buf[i]) {
            flip(&mut buf, run_start, i + 1);
            run_start = i + 1;
        }
    }
    *s = String::from_utf8(buf).expect("valid UTF-8 after restoring each char");
}
