// learner: optimal
// idiom: move the buffer out, manual two-pointer byte swap, then a while loop that re-reverses continuation runs
pub fn reverse_in_place(s: &mut String) {
    let mut buf: Vec<u8> = std::mem::take(s).into_bytes();
    let n: usize = buf.len();
    if n > 1 {
        let mut lo: usize = 0;
        let mut hi: usize = n - 1;
        while lo < hi {
            buf.swap(lo, hi);
            lo += 1;
            hi -= 1;
        }
    }
    // every multi-byte char now reads: continuation bytes..., lead byte
    let mut i: usize = 0;
    while i < n {
        if buf[i] & 0xC0 != 0x80 {
            i += 1;
            continue;
        }
        let mut j: usize = i;
        while buf[j] & 0xC0 == 0x80 {
            j += 1;
        }
        let mut a = i;
        let mut b = j;
        while a < b {
            buf.swap(a, b);
            a += 1;
            b -= 1;
        }
        i = j + 1;
    }
    *s = String::from_utf8(buf).expect("re-reversed runs are valid UTF-8");
}
