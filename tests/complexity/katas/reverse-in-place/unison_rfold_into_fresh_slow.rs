// learner: slow
// idiom: Unison: immutable thinking — the reverse is a new value, `List.foldRight (acc c -> acc :+ c)` over the chars, then rebind `s` to it
// why: builds a complete second String of n bytes while the first is alive: O(n) extra space where the target is O(1)
//! Reverse a UTF-8 string in place.

fn snoc(mut acc: String, c: char) -> String {
    acc.push(c);
    acc
}

/// Reverses the characters (Unicode scalar values) of `s`.
pub fn reverse_in_place(s: &mut String) {
    let reversed = s.chars().rfold(String::new(), snoc);
    *s = reversed;
}
