// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): every String::insert shifts the rest of the buffer
pub fn reverse_in_place(s: &mut String) {
    // move the last char to the front of the unreversed part, one at a time
    let mut done = 0;
    while done < s.len() {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, c);
        done += c.len_utf8();
    }
}
