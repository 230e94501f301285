// learner: optimal
// idiom: opposite order (flip each multi-byte char first, then the whole buffer), lead-byte width table, hand-written two-pointer swap helper
fn flip(buf: &mut [u8], mut lo: usize, mut hi: usize) {
    // reverses buf[lo..hi]
    while lo + 1 < hi {
        hi -= 1;
        buf.swap(lo, hi);
        lo += 1;
    }
}

fn width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    let mut at = 0;
    while at < buf.len() {
        let w = width(buf[at]);
        if w > 1 {
            flip(&mut buf, at, at + w);
        }
        at += w;
    }
    let len = buf.len();
    flip(&mut buf, 0, len);
    *s = match String::from_utf8(buf) {
        Ok(text) => text,
        Err(_) => unreachable!("every char was kept whole"),
    };
}
