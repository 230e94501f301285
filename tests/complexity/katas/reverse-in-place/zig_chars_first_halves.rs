// learner: optimal
// idiom: fix each char's bytes first using lead-byte widths, then swap mirrored halves via split_at_mut + iter_mut zip
fn utf8_width(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead >= 0xF0 {
        4
    } else if lead >= 0xE0 {
        3
    } else {
        2
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut raw = std::mem::take(s).into_bytes();
    let len = raw.len();
    let mut at: usize = 0;
    while at < len {
        let w = utf8_width(raw[at]);
        if w > 1 {
            raw[at..at + w].reverse();
        }
        at += w;
    }
    {
        let (left, right) = raw.split_at_mut(len / 2);
        for (x, y) in left.iter_mut().zip(right.iter_mut().rev()) {
            std::mem::swap(x, y);
        }
    }
    *s = String::from_utf8(raw).unwrap();
}
