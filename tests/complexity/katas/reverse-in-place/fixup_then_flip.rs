// learner: optimal
// idiom: assembly-style: first reverse each multi-byte char using the lead byte's leading_ones as its length, then a two-pointer byte swap with a countdown; raw indices only
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len();
    // pass 1: pre-reverse each encoded char
    let mut p: usize = 0;
    while p < n {
        let lead = buf[p];
        let w = if lead < 0x80 { 1 } else { lead.leading_ones() as usize };
        if w > 1 {
            let mut a = p;
            let mut z = p + w - 1;
            while a < z {
                buf.swap(a, z);
                a += 1;
                z -= 1;
            }
        }
        p += w;
    }
    // pass 2: swap ends inward
    let mut lo: usize = 0;
    let mut hi: usize = n;
    let mut cnt = n >> 1;
    loop {
        if cnt == 0 {
            break;
        }
        hi -= 1;
        let t = buf[lo];
        buf[lo] = buf[hi];
        buf[hi] = t;
        lo += 1;
        cnt -= 1;
    }
    *s = String::from_utf8(buf).unwrap();
}
