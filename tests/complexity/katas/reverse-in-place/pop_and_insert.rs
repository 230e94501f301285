// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): each char is popped off the end and String::insert'ed at the front part, shifting the rest
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    // take the last char and insert it where the reversed prefix ends
    let mut done = 0; // bytes of the reversed prefix
    let total = s.len();
    while done < total {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, c);
        done += c.len_utf8();
    }
}
