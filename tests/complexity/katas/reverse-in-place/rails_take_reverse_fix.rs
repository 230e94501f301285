// learner: optimal
// idiom: Rails-style: mem::take + into_bytes, slice reverse(), tiny helper predicates, from_utf8 back into the same allocation
//! Reverse a UTF-8 string in place: see README.md.

fn continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

fn end_of_run(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() && continuation(bytes[end]) {
        end += 1;
    }
    end // index of the lead byte that closes the run
}

fn restore_characters(bytes: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        if continuation(bytes[i]) {
            let lead = end_of_run(bytes, i);
            bytes[i..=lead].reverse();
            i = lead + 1;
        } else {
            i += 1;
        }
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    restore_characters(&mut bytes);
    *s = String::from_utf8(bytes).expect("reversing whole characters keeps UTF-8 valid");
}
