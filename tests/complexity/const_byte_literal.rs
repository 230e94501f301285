// Loops over byte-string and array literals are bounded by the literal.
// expect count_vowels: time O(n), space O(1)
// expect has_tag: time O(1), space O(1)
// target count_vowels: time O(n), space O(1)
// target has_tag: time O(1), space O(1)
pub fn count_vowels(text: &str) -> usize {
    let mut total = 0;
    for b in text.bytes() {
        for v in b"aeiou" {
            if b == *v {
                total += 1;
            }
        }
    }
    total
}
pub fn has_tag(word: &[u8]) -> bool {
    let mut ok = true;
    for (i, &c) in [b'<', b'!', b'-'].iter().enumerate() {
        ok &= word.get(i) == Some(&c);
    }
    ok
}
