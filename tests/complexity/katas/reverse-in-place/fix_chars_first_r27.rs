// learner: optimal
// idiom: PHP Laravel developer: the other order: walk the string char by char and flip each multi-byte character's bytes first (width from the lead byte, like mb_strlen), then flip the whole buffer
//! Reverse a UTF-8 string in place: see README.md.

fn char_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buffer = std::mem::take(s).into_bytes();

    let mut position = 0;
    while position < buffer.len() {
        let width = char_width(buffer[position]);
        if width > 1 {
            buffer[position..position + width].reverse();
        }
        position += width;
    }

    buffer.reverse();

    *s = match String::from_utf8(buffer) {
        Ok(reversed) => reversed,
        Err(_) => unreachable!("every character was flipped back"),
    };
}
