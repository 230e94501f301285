// learner: slow
// idiom: PHP Laravel developer: "take the last character and put it in front of the ones already moved", String::pop + String::insert, no extra buffer
// why: reverse_in_place is O(n^2) time: each String::insert shifts the rest of the buffer (O(n) per char, n chars), vs O(n); space is O(1)
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let count = s.chars().count();
    let mut insert_at = 0;
    for _ in 0..count {
        if let Some(last) = s.pop() {
            s.insert(insert_at, last);
            insert_at += last.len_utf8();
        }
    }
}
