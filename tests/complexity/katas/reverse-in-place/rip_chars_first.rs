// learner: optimal
// idiom: Dart-ish: fix each char first (width from the lead byte), then reverse the whole buffer with iter_mut zip
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn mirror(slice: &mut [u8]) {
    let half = slice.len() / 2;
    let (left, right) = slice.split_at_mut(half);
    left.iter_mut()
        .zip(right.iter_mut().rev())
        .for_each(|(a, b)| std::mem::swap(a, b));
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let width = utf8_width(bytes[at]);
        mirror(&mut bytes[at..at + width]);
        at += width;
    }
    mirror(&mut bytes);
    *s = String::from_utf8(bytes).unwrap_or_default();
}
