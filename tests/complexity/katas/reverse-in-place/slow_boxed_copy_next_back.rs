// learner: slow
// why: reverse_in_place is O(n) space, target O(1): copies the text into a Box<str>, clears s and pushes the copy's chars back from the end
pub fn reverse_in_place(s: &mut String) {
    let original: Box<str> = s.as_str().into();
    s.clear(); // keeps the capacity, so the pushes below do not reallocate
    let mut rest: &str = &original;
    while let Some(c) = rest.chars().next_back() {
        s.push(c);
        rest = &rest[..rest.len() - c.len_utf8()];
    }
}
