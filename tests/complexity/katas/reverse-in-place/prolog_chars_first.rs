// learner: optimal
// idiom: logic-programmer style: first pass walks head/tail slices flipping each char's own bytes (width from the lead byte), then one whole reverse
fn width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// flip_each(Bytes): reverse every character's encoding where it stands.
fn flip_each(mut bytes: &mut [u8]) {
    while let [lead, ..] = *bytes {
        let (ch, rest) = bytes.split_at_mut(width(lead));
        ch.reverse();
        bytes = rest;
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    flip_each(&mut bytes);
    // now the byte order of the whole buffer reversed gives the chars reversed, each intact
    bytes.reverse();
    *s = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => unreachable!("reversing valid UTF-8 this way keeps it valid"),
    };
}
