// learner: optimal
// idiom: Ruby-ish one-liners: mem::take the buffer, slice reverse, then split_inclusive_mut into per-char chunks and for_each reverse
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(byte: &u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    bytes
        .split_inclusive_mut(|b| !is_continuation(b))
        .for_each(|chunk| chunk.reverse());
    *s = String::from_utf8(bytes).expect("every char's bytes were put back in order");
}
