// learner: slow
// idiom: vala: "in place" by popping the last char and inserting it at the front position, one char at a time
// why: misses O(n) time: every String::insert shifts the rest of the text, so n chars cost O(n^2) (space is O(1))
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let total = s.len();
    let mut done = 0; // bytes already in final position at the front
    while done < total {
        let ch = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, ch);
        done += ch.len_utf8();
    }
}
