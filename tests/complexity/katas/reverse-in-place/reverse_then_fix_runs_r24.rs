// learner: optimal
// idiom: TypeScript/Node backend developer: take the buffer out, slice.reverse() the whole thing, then one scan that finds each "continuation bytes + lead byte" run and reverses it back, isContinuation helper
// why:
//! Reverse a UTF-8 string in place: see README.md.

fn isContinuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // after the full reversal every char reads: continuation bytes..., lead byte
    let mut runStart = 0;
    for i in 0..bytes.len() {
        if !isContinuation(bytes[i]) {
            bytes[runStart..=i].reverse();
            runStart = i + 1;
        }
    }
    *s = String::from_utf8(bytes).expect("reversing whole chars keeps UTF-8 valid");
}
