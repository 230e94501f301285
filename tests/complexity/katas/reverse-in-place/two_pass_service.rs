// learner: optimal
// idiom: Spring-style: take bytes out, private helpers for whole-buffer reverse and per-char fix-up, Result mapping back
fn reverse_range(bytes: &mut [u8]) {
    let len = bytes.len();
    for i in 0..len / 2 {
        bytes.swap(i, len - 1 - i);
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

fn restore_char_order(bytes: &mut [u8]) {
    let mut start = 0;
    while start < bytes.len() {
        let end = find_char_end(bytes, start);
        reverse_range(&mut bytes[start..=end]);
        start = end + 1;
    }
}

/// After a full reversal a char is a run of continuation bytes followed by its lead byte.
fn find_char_end(bytes: &[u8], start: usize) -> usize {
    let mut cursor = start;
    while is_continuation(bytes[cursor]) {
        cursor += 1;
    }
    cursor
}

pub fn reverse_in_place(s: &mut String) {
    let mut buffer = std::mem::take(s).into_bytes();
    reverse_range(&mut buffer);
    restore_char_order(&mut buffer);
    *s = String::from_utf8(buffer).expect("reversal keeps valid UTF-8");
}
