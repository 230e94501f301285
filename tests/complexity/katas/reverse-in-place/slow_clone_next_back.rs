// learner: slow
// why: reverse_in_place is O(n) space, target O(1): clones the text, clears s and pushes the copy's chars back from the end
pub fn reverse_in_place(s: &mut String) {
    let original = s.clone();
    s.clear();
    let mut chars = original.chars();
    while let Some(c) = chars.next_back() {
        s.push(c);
    }
}
