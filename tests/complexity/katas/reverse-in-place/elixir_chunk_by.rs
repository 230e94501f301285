// learner: optimal
// idiom: slice reverse then chunk_by_mut pipeline grouping each char's bytes, each chunk reversed in turn
pub fn reverse_in_place(s: &mut String) {
    let is_continuation = |b: u8| b & 0b1100_0000 == 0b1000_0000;
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    bytes
        .chunk_by_mut(|&prev, _| is_continuation(prev))
        .for_each(|char_bytes| char_bytes.reverse());
    *s = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => unreachable!("reversal kept UTF-8 valid: {e}"),
    };
}
