// learner: optimal
// idiom: beginner-style for loops with indices only, swap by temp variable, counts continuation bytes
pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();
    // 1. reverse every byte
    for i in 0..n / 2 {
        let tmp = b[i];
        b[i] = b[n - 1 - i];
        b[n - 1 - i] = tmp;
    }
    // 2. repair each character: its bytes now read continuation..., lead
    let mut start = 0;
    for i in 0..n {
        let is_cont = b[i] >= 0x80 && b[i] < 0xC0;
        if is_cont {
            continue;
        }
        // b[start..=i] is one character, reversed
        let mut lo = start;
        let mut hi = i;
        while lo < hi {
            let tmp = b[lo];
            b[lo] = b[hi];
            b[hi] = tmp;
            lo += 1;
            hi -= 1;
        }
        start = i + 1;
    }
    *s = String::from_utf8(b).unwrap();
}
