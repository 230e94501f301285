// learner: optimal
// idiom: iterator adapters: reverse all bytes, then split_inclusive_mut at lead bytes and reverse each run
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(b: &u8) -> bool {
    b & 0xC0 == 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // after the byte reversal every char reads "continuation bytes..., lead byte":
    // a chunk ending at each non-continuation byte is exactly one char, backwards
    bytes
        .split_inclusive_mut(|b| !is_continuation(b))
        .filter(|chunk| chunk.len() > 1)
        .for_each(|chunk| chunk.reverse());
    *s = String::from_utf8(bytes).expect("reversing each char's bytes restores UTF-8");
}
