// A search from the loop's cursor (`b[i..].iter().position(..)`) whose
// result the cursor then jumps past (`i = end + 1`): no round reads again
// what an earlier one read, so the searches add up to one pass, O(n).
// expect count_words: time O(n), space O(1)
// target count_words: time O(n), space O(1)
pub fn count_words(b: &[u8]) -> usize {
    let mut i = 0;
    let mut words = 0;
    while i < b.len() {
        let end = i + b[i..].iter().position(|&c| c == b' ').unwrap_or(b.len() - i);
        if end > i {
            words += 1;
        }
        i = end + 1;
    }
    words
}
