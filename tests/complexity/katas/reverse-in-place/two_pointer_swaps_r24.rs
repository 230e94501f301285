// learner: optimal
// idiom: Lua game modder: no library helpers, a hand-written swap_range(lo, hi) with two indices walking inward, used for the whole buffer and then for each char's bytes found with a while loop
// why:
//! Reverse a UTF-8 string in place: see README.md.

fn swap_range(b: &mut [u8], lo: usize, hi: usize) {
    // reverses b[lo..=hi]
    let mut i = lo;
    let mut j = hi;
    while i < j {
        let t = b[i];
        b[i] = b[j];
        b[j] = t;
        i = i + 1;
        j = j - 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();
    if n > 1 {
        swap_range(&mut b, 0, n - 1);
        let mut i = 0;
        while i < n {
            let start = i;
            // skip continuation bytes (10xxxxxx), stop on the lead byte
            while b[i] >= 0x80 && b[i] < 0xC0 {
                i = i + 1;
            }
            if i > start {
                swap_range(&mut b, start, i);
            }
            i = i + 1;
        }
    }
    *s = String::from_utf8(b).unwrap();
}
