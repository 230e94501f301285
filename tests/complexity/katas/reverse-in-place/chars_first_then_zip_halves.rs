// learner: optimal
// idiom: reverse each char's bytes first (length from the lead byte, match on its bit pattern), then the whole buffer by zipping the two halves with iter_mut
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();

    // pass 1: reverse the bytes inside every multi-byte char
    let mut pos = 0;
    while pos < buf.len() {
        let width = utf8_width(buf[pos]);
        buf[pos..pos + width].reverse();
        pos += width;
    }

    // pass 2: reverse the whole buffer; the chars come out in reverse order
    // with their own bytes back in the right order
    let half = buf.len() / 2;
    let (left, right) = buf.split_at_mut(half);
    let skip = right.len() - left.len(); // the middle byte of an odd length stays put
    for (a, b) in left.iter_mut().zip(right[skip..].iter_mut().rev()) {
        std::mem::swap(a, b);
    }

    *s = match String::from_utf8(buf) {
        Ok(text) => text,
        Err(_) => unreachable!("reversal keeps UTF-8 valid"),
    };
}
