// The same search from the cursor, but the cursor steps by one whatever
// the search found: each round reads the rest of the slice again, O(n^2).
// expect longest_run: time O(n^2), space O(1)
// target longest_run: time O(n), space O(1)
// slow: every start searches to the next space again
pub fn longest_run(b: &[u8]) -> usize {
    let mut i = 0;
    let mut best = 0;
    while i < b.len() {
        let end = i + b[i..].iter().position(|&c| c == b' ').unwrap_or(b.len() - i);
        best = best.max(end - i);
        i += 1;
    }
    best
}
