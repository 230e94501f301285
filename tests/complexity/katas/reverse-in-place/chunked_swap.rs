// learner: optimal
// idiom: Unity C# game developer: extension-method style (a private trait adding flip() to [u8]), char width from leading_ones() of the lead byte, fix each char first then flip the whole buffer
//! Reverse a UTF-8 string in place: see README.md.

trait ReverseInPlace {
    fn flip(&mut self);
}

impl ReverseInPlace for [u8] {
    fn flip(&mut self) {
        let half = self.len() / 2;
        let last = self.len().wrapping_sub(1);
        for i in 0..half {
            self.swap(i, last - i);
        }
    }
}

const fn utf8_width(lead: u8) -> usize {
    match lead.leading_ones() {
        0 => 1,
        n => n as usize,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    // fix each char's bytes first, then flip the whole buffer
    let mut cursor = 0usize;
    while let Some(&lead) = buf.get(cursor) {
        let width = utf8_width(lead);
        buf[cursor..cursor + width].flip();
        cursor += width;
    }
    buf.flip();
    *s = match String::from_utf8(buf) {
        Ok(text) => text,
        Err(_) => unreachable!("every char's bytes were restored to their order"),
    };
}
