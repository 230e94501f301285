// learner: optimal
// idiom: fix-up pass first, right to left: the start of the char ending at j is found with bytes[..=j].iter().rev().take_while(..).count() — at most 3 continuation bytes, O(1) per char; then a two-pointer swap of all bytes
fn is_continuation(b: &u8) -> bool {
    b & 0xC0 == 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    // Pass 1: reverse the bytes of every char, walking chars from the end.
    let mut end = bytes.len();
    while end > 0 {
        let last = end - 1;
        let tail = bytes[..last].iter().rev().take(3).take_while(|b| is_continuation(b)).count();
        // bytes[last] is either an ASCII/lead byte (tail = 0) or the last continuation byte.
        let conts = if is_continuation(&bytes[last]) { tail + 1 } else { 0 };
        let start = last - conts;
        bytes[start..end].reverse();
        end = start;
    }
    // Pass 2: reverse all bytes with two pointers.
    let (mut i, mut j) = (0, bytes.len());
    while i + 1 < j {
        j -= 1;
        bytes.swap(i, j);
        i += 1;
    }
    *s = String::from_utf8(bytes).unwrap();
}
