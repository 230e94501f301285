// learner: slow
// idiom: a Modula-2 teacher: first build a clean lower-case buffer of the letters, then a reversed copy, then compare the two buffers element by element with an index loop
// why: is_palindrome is O(n) time but O(n) extra space (two Vec<char> copies of the input), vs the O(1) space target
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    /* Step 1: keep the alphanumeric characters, lower-cased. */
    let mut clean: Vec<char> = Vec::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                clean.push(lower);
            }
        }
    }
    /* Step 2: the same characters in reverse order. */
    let mut reversed: Vec<char> = Vec::new();
    let mut i = clean.len();
    while i > 0 {
        i = i - 1;
        reversed.push(clean[i]);
    }
    /* Step 3: compare position by position. */
    let mut k = 0;
    while k < clean.len() {
        if clean[k] != reversed[k] {
            return false;
        }
        k = k + 1;
    }
    true
}
