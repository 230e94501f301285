// `let original: Box<str> = s.as_str().into();` makes an owned copy of a
// borrowed string: O(n) extra space against an in-place target, as
// `s.clone()` or `s.to_string()` would be. `into()` of an owned value may
// only move it, so only a borrowed view (`&str`, `&[T]`, `as_str()`,
// `&x`) is priced as a copy.
// expect reverse_in_place: time O(n), space O(n)
// target reverse_in_place: time O(n), space O(1)
pub fn reverse_in_place(s: &mut String) {
    let original: Box<str> = s.as_str().into();
    s.clear();
    for c in original.chars().rev() {
        s.push(c);
    }
}

// expect keep: time O(1), space O(1)
pub fn keep(s: String) -> Box<str> {
    s.into()
}
