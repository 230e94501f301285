// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): each char popped off the end is inserted at the front boundary, shifting the rest of the text
/// reverse([H|T]) by moving the last char to position `at`, then recursing on the suffix past it
pub fn reverse_in_place(s: &mut String) {
    let mut at = 0;
    while at < s.len() {
        match s.pop() {
            Some(last) => {
                s.insert(at, last);
                at += last.len_utf8();
            }
            None => break,
        }
    }
}
