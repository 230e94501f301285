// learner: optimal
// idiom: embedded C style: u32 indices, while loops, swap helper with (buf, lo, hi) params, continuation bytes detected with a bit mask
//! Reverse a string in place.

fn flip(buf: &mut [u8], mut lo: u32, mut hi: u32) {
    // reverses buf[lo..=hi]
    while lo < hi {
        buf.swap(lo as usize, hi as usize);
        lo += 1;
        hi -= 1;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let n = buf.len() as u32;
    if n > 1 {
        flip(&mut buf, 0, n - 1);
    }
    // after the flip every char is: continuation bytes..., lead byte
    let mut i: u32 = 0;
    while i < n {
        let start = i;
        while i < n && (buf[i as usize] & 0xC0) == 0x80 {
            i += 1;
        }
        // buf[i] is the lead byte of this char
        if i > start {
            flip(&mut buf, start, i);
        }
        i += 1;
    }
    *s = String::from_utf8(buf).expect("still utf-8");
}
