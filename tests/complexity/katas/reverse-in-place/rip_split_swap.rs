// learner: optimal
// idiom: Fortran-style: explicit swap kernel over split_at_mut halves, index arithmetic, no iterator adapters
fn flip(a: &mut [u8]) {
    let n = a.len();
    let (lo, hi) = a.split_at_mut(n / 2);
    let m = hi.len();
    let mut i = 0;
    while i < lo.len() {
        let t = lo[i];
        lo[i] = hi[m - 1 - i];
        hi[m - 1 - i] = t;
        i += 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    flip(&mut buf[..]);
    // each char now reads: continuation bytes (10xxxxxx) then its lead byte
    let mut i = 0usize;
    while i < n {
        if buf[i] & 0xC0 == 0x80 {
            let mut j = i;
            while buf[j] & 0xC0 == 0x80 {
                j += 1;
            }
            flip(&mut buf[i..j + 1]);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    match String::from_utf8(buf) {
        Ok(t) => *s = t,
        Err(_) => unreachable!(),
    }
}
