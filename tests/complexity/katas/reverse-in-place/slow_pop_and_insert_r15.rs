// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front of the unreversed part, shifting the rest of the string each time
pub fn reverse_in_place(s: &mut String) {
    let mut done = 0; // bytes at the front that are already in final order
    while done < s.len() {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, c);
        done += c.len_utf8();
    }
}
