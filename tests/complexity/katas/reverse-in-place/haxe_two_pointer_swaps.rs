// learner: optimal
// idiom: Haxe game-dev style: hand-written two-pointer swap helper reused for the whole buffer and for each character, mem::replace with an empty placeholder
#[inline]
fn flip(buf: &mut [u8], mut lo: usize, mut hi: usize) {
    // reverses buf[lo..=hi]
    while lo < hi {
        buf.swap(lo, hi);
        lo += 1;
        hi -= 1;
    }
}

#[inline]
fn is_cont(b: u8) -> bool {
    (b >> 6) == 0b10
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::replace(s, String::new()).into_bytes();
    let n = buf.len();
    if n > 1 {
        flip(&mut buf, 0, n - 1);
    }
    let mut i = 0;
    while i < n {
        if !is_cont(buf[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while is_cont(buf[j]) {
            j += 1;
        }
        flip(&mut buf, i, j);
        i = j + 1;
    }
    *s = String::from_utf8(buf).unwrap();
}
