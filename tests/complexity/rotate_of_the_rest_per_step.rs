// A loop that steps a cursor by the width of a piece and slices from it
// walks the input in chunks that add up to n, unless each round works on
// the whole rest: `buf[done..].rotate_right(w)` moves every byte after
// the cursor, so reversing by rotating the last char to the front is
// O(n) per char, O(n^2) in all. The walk no longer takes such a loop for
// one over chunks; what it then assumes of its rounds is only an upper
// bound (the measurement decides).
// expect reverse_by_rotation: time O(n^2), space O(1)
// target reverse_by_rotation: time O(n), space O(1)
// unsure: the rounds of a `loop` that breaks are assumed
pub fn reverse_by_rotation(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let total = bytes.len();
    let mut done = 0;
    loop {
        if done >= total {
            break;
        }
        let mut start = total - 1;
        while bytes[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        let width = total - start;
        bytes[done..].rotate_right(width);
        done += width;
    }
    *s = String::from_utf8(bytes).expect("whole chars were moved");
}
