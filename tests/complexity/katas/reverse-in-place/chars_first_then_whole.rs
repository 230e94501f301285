// learner: optimal
// idiom: the other order: flip each multi-byte char's bytes first (width from the lead byte), then reverse the whole buffer by zipping the two halves with iter_mut
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let w = utf8_width(bytes[at]);
        if w > 1 {
            bytes[at..at + w].reverse();
        }
        at += w;
    }
    let half = bytes.len() / 2;
    let (front, back) = bytes.split_at_mut(half);
    let back_len = back.len();
    // skip the middle byte of an odd-length buffer
    let back = &mut back[back_len - half..];
    for (a, b) in front.iter_mut().zip(back.iter_mut().rev()) {
        std::mem::swap(a, b);
    }
    *s = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => unreachable!("every char was restored"),
    };
}
