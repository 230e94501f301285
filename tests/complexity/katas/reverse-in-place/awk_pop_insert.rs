// learner: slow
// idiom: awk/sed one-liner sysadmin: like a sed loop that cuts the last char and pastes it at a moving cursor, one char per pass
// why: reverse_in_place is O(n^2) time vs target O(n): every String::insert shifts the whole tail of the buffer (space stays O(1))
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut at = 0;
    let total = s.chars().count();
    for _ in 0..total {
        let c = s.pop().unwrap();
        s.insert(at, c);
        at += c.len_utf8();
    }
}
