// learner: optimal
// idiom: Chapel HPC programmer: buffer as a flat byte array, a swap kernel over an index range called for the whole domain and then for each continuation-run subdomain
//! Reverse a UTF-8 string in place: see README.md.

/// swap kernel over the closed index range lo..hi
fn swapRange(buf: &mut [u8], lo: usize, hi: usize) {
    let (mut l, mut h) = (lo, hi);
    while l < h {
        buf.swap(l, h);
        l += 1;
        h -= 1;
    }
}

fn isCont(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    if n < 2 {
        *s = String::from_utf8(buf).expect("utf8");
        return;
    }
    // phase 1: reverse every byte
    swapRange(&mut buf, 0, n - 1);
    // phase 2: each char is now [cont..., lead]; restore it
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && isCont(buf[i]) {
            i += 1;
        }
        // buf[i] is the lead byte of this char
        if i > start {
            swapRange(&mut buf, start, i);
        }
        i += 1;
    }
    *s = String::from_utf8(buf).expect("still valid utf8");
}
