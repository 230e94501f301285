// learner: slow
// why: reverse_in_place is O(n^2) time and O(n) space, target O(n) / O(1): foldLeft-style prepend into a fresh String, each insert(0, c) shifts everything
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    // like `xs.foldLeft(List.empty)((acc, c) => c :: acc)` in Scala
    let reversed = s.chars().fold(String::new(), |mut acc, c| {
        acc.insert(0, c);
        acc
    });
    *s = reversed;
}
