// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front of the unreversed part, shifting the tail every time
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let mut done = 0;
    while done < s.len() {
        let c = s.pop().unwrap();
        s.insert(done, c);
        done += c.len_utf8();
    }
}
