// learner: optimal
// idiom: teenager who learnt programming in Scratch: "the other way round": first turn each character's bytes backwards using char_indices / len_utf8, then turn the whole thing backwards with the slice's own reverse()
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    // grab the bytes out of the string (no copy)
    let mut bytes = std::mem::take(s).into_bytes();

    // step 1: flip the bytes inside every character
    let mut i = 0;
    while i < bytes.len() {
        // how many bytes is this character? look at the first byte
        let first = bytes[i];
        let size = if first < 0x80 {
            1
        } else if first >= 0xF0 {
            4
        } else if first >= 0xE0 {
            3
        } else {
            2
        };
        bytes[i..i + size].reverse();
        i += size;
    }

    // step 2: flip everything, so each character comes back the right way round
    bytes.reverse();

    // put the bytes back into the string
    *s = String::from_utf8(bytes).unwrap();
}
