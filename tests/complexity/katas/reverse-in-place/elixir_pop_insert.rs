// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): each char popped off the end is inserted at the front part, shifting the rest of the String
pub fn reverse_in_place(s: &mut String) {
    let mut done: usize = 0;
    while done < s.len() {
        match s.pop() {
            Some(ch) => {
                s.insert(done, ch);
                done += ch.len_utf8();
            }
            None => break,
        }
    }
}
