// learner: optimal
// idiom: for line in s.split_inclusive('\n') { for c in line.chars() } — nested for that visits each char once overall: O(n)
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    // Count line by line (the input may be a big multi-line text); every char,
    // including the '\n' kept by split_inclusive, is counted exactly once.
    let mut counts: HashMap<char, u32> = HashMap::new();
    for line in s.split_inclusive('\n') {
        for c in line.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    s.chars().find(|c| counts[c] == 1)
}
