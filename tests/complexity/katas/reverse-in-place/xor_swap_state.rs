// learner: optimal
// idiom: retro: chars fixed first with a lead-byte length decode (leading ones), then one XOR-swap pass with two pointers
pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();

    // pass 1: flip the bytes of every multi-byte char where it stands
    let mut p = 0usize;
    while p < n {
        let lead = b[p];
        let w = match (!lead).leading_zeros() {
            0 => 1, // 0xxxxxxx
            k => k as usize, // 110.. = 2, 1110.. = 3, 11110... = 4
        };
        let mut lo = p;
        let mut hi = p + w - 1;
        while lo < hi {
            b[lo] ^= b[hi];
            b[hi] ^= b[lo];
            b[lo] ^= b[hi];
            lo += 1;
            hi -= 1;
        }
        p += w;
    }

    // pass 2: flip the whole buffer
    if n > 1 {
        let mut lo = 0usize;
        let mut hi = n - 1;
        while lo < hi {
            b[lo] ^= b[hi];
            b[hi] ^= b[lo];
            b[lo] ^= b[hi];
            lo += 1;
            hi -= 1;
        }
    }

    *s = match String::from_utf8(b) {
        Ok(t) => t,
        Err(_) => unreachable!(),
    };
}
