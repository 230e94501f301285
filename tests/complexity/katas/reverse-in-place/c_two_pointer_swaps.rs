// learner: optimal
// idiom: C-programmer style: a swap_range helper with two converging indices used for both passes, continuation bytes counted with bit masks, while loops and many mutable locals
//! Reverse a UTF-8 string in place: see README.md.

fn swap_range(b: &mut [u8], mut lo: usize, mut hi: usize) {
    // reverses b[lo..=hi]
    while lo < hi {
        let t = b[lo];
        b[lo] = b[hi];
        b[hi] = t;
        lo += 1;
        hi -= 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::replace(s, String::new()).into_bytes();
    let n = b.len();
    if n > 1 {
        swap_range(&mut b, 0, n - 1);
    }
    // now every multi-byte char reads continuation bytes first, lead byte last
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && (b[j] & 0xC0) == 0x80 {
            j += 1;
        }
        // b[j] is the lead byte of the char that started at i
        if j > i {
            swap_range(&mut b, i, j);
        }
        i = j + 1;
    }
    match String::from_utf8(b) {
        Ok(t) => *s = t,
        Err(_) => unreachable!(),
    }
}
