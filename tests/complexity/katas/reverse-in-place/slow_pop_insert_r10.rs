// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): each char is popped off the end and inserted at the front part, and String::insert shifts the rest of the text
pub fn reverse_in_place(s: &mut String) {
    let mut done = 0; // bytes at the front that are already in final order
    while done < s.len() {
        let c = s.pop().unwrap();
        s.insert(done, c);
        done += c.len_utf8();
    }
}
