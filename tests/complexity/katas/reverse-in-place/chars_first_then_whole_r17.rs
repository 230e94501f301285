// learner: optimal
// idiom: the other order: flip each multi-byte char's bytes first (width from the lead byte via match on ranges), then reverse the whole slice; helper fn and for loop over an index
//! Reverse a UTF-8 string in place: see README.md.

fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn flip(window: &mut [u8]) {
    let len = window.len();
    for k in 0..len / 2 {
        window.swap(k, len - 1 - k);
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut raw: Vec<u8> = std::mem::replace(s, String::new()).into_bytes();
    let mut pos = 0;
    while pos < raw.len() {
        let w = utf8_width(raw[pos]);
        if w > 1 {
            flip(&mut raw[pos..pos + w]);
        }
        pos += w;
    }
    flip(&mut raw[..]);
    match String::from_utf8(raw) {
        Ok(done) => *s = done,
        Err(e) => panic!("reversal broke UTF-8: {e}"),
    }
}
