// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front cursor, shifting the rest of the buffer each time
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let n = s.len();
    let mut done = 0; // bytes at the front that are already in final order
    while done < n {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, c);
        done += c.len_utf8();
    }
}
