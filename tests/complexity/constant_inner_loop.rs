// The inner loop runs over a fixed alphabet: linear overall.
// expect letter_counts: time O(n), space O(1)
pub fn letter_counts(words: &[String]) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for w in words {
        for i in 0..26 {
            if w.starts_with((b'a' + i as u8) as char) {
                counts[i] += 1;
            }
        }
    }
    counts
}
