// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): moves each char to the end of the unreversed prefix with rotate_left, shifting the whole prefix once per char
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let mut end = bytes.len();
    while end > 0 {
        // width of the char at the front of the unreversed part
        let lead = bytes[0];
        let width = if lead < 0x80 { 1 } else if lead >= 0xF0 { 4 } else if lead >= 0xE0 { 3 } else { 2 };
        bytes[..end].rotate_left(width);
        end -= width;
    }
    *s = String::from_utf8(bytes).unwrap();
}
