// learner: slow
// idiom: Lua game modder: "pop the last character and stick it at the front of the unfinished part", rotating the tail of the buffer for every char
// why: reverse_in_place is O(n^2) time (one rotate_right of the whole unfinished tail per char) vs the O(n) target; space stays O(1)
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut b = std::mem::take(s).into_bytes();
    let n = b.len();
    let mut done = 0; // b[..done] is already the reversed prefix
    while done < n {
        // width of the last char: walk back over continuation bytes
        let mut w = 1;
        while b[n - w] & 0xC0 == 0x80 {
            w = w + 1;
        }
        // move the last char to position `done`
        b[done..].rotate_right(w);
        done = done + w;
    }
    *s = String::from_utf8(b).unwrap();
}
