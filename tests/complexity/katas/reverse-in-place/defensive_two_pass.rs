// learner: optimal
// idiom: defensive beginner: early returns for trivial inputs, explicit matches, mem::replace to move the buffer
//! Reverse a UTF-8 string in place: see README.md.

use std::mem;

pub fn reverse_in_place(s: &mut String) {
    if s.is_empty() {
        return;
    }
    if s.len() == 1 {
        return; // a single ASCII byte
    }
    let mut bytes = mem::replace(s, String::new()).into_bytes();

    // pass 1: fix each char first (reverse its own bytes), scanning char by char
    let mut i = 0;
    while i < bytes.len() {
        let width = match bytes[i] {
            b if b < 0x80 => 1,
            b if b >= 0xF0 => 4,
            b if b >= 0xE0 => 3,
            b if b >= 0xC0 => 2,
            _ => 1, // continuation byte at a char start: cannot happen in valid UTF-8
        };
        if width > 1 {
            let end = i + width;
            if end > bytes.len() {
                break;
            }
            bytes[i..end].reverse();
        }
        i += width;
    }

    // pass 2: reverse the whole buffer, which puts every char's bytes back in order
    bytes.reverse();

    match String::from_utf8(bytes) {
        Ok(text) => *s = text,
        Err(e) => panic!("reverse produced invalid UTF-8: {e}"),
    }
}
